-- The three operational stores the pipelines read (synthetic data, seeded by the stores-seed service).
CREATE DATABASE tips;
CREATE DATABASE donations;
CREATE DATABASE volunteers;
