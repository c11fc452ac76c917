// KGExtract
