"""shuzibao: raw newspaper page text in, a clean static digital edition out."""

__version__ = "0.1.0"
