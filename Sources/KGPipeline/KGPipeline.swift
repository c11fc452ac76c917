// KGPipeline: orchestration (pending)
