"""`python -m service.cli`: the same command as the `factcheck` script."""
import sys

from service.cli import main

sys.exit(main())
