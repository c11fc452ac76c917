// KGEval
