import sys

from pmplanner.cli import main

sys.exit(main())
