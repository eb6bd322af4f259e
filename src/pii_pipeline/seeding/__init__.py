"""Deterministic synthetic stores (tips, donations, volunteers) for demos, tests and benchmarks."""

from pii_pipeline.seeding.schema import STORES, store_tables
from pii_pipeline.seeding.seed import DEFAULT_SEED, SeedResult, planted_values, seed_store

__all__ = ["DEFAULT_SEED", "STORES", "SeedResult", "planted_values", "seed_store", "store_tables"]
