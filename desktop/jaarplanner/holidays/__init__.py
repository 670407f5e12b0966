"""Holidays: the official school holidays per region (shipped defaults) and the public
holidays, computed."""
