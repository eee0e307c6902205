"""Pure normalisers (no spaCy): names, countries, organisations, dates."""
