"""Re-identification risk from quasi-identifiers: typed generalisation hierarchies (HIPAA Safe Harbor
first) and k-anonymity enforced on each published partition, with l-diversity measured."""
