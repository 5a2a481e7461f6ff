import sys

from iraq_events.cli import main

sys.exit(main())
