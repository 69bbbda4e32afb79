"""Event coding: the CAMEO lexicon, the extractor and the CAMEO/PLOVER code tables."""
