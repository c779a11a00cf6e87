"""The semantic layer: metrics and dimensions as YAML data, compiled to SQL."""
from knowledge.semantic.layer import Dimension, Metric, SemanticLayer, load_semantic_layer

__all__ = ["Dimension", "Metric", "SemanticLayer", "load_semantic_layer"]
