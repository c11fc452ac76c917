// KGText
