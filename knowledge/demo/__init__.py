"""The bilingual demo company: a deterministic DATA.md dataset with planted, discoverable patterns."""
from knowledge.demo.errors import DemoError
from knowledge.demo.generator import SIZES, DemoManifest, SizeSpec, generate_dataset

__all__ = ["DemoError", "DemoManifest", "SIZES", "SizeSpec", "generate_dataset"]
