import sys

from extractor.cli import main

# run as a module, argparse would name the program `__main__.py`
sys.exit(main(prog='python -m extractor'))
