import sys
from pathlib import Path

# Tests import helpers that live beside them (scorer, damage) and the package from the checkout.
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
