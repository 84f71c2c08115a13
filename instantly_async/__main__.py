"""`python -m instantly_async`: the `instantly-async` command line."""

import sys

from instantly_async.cli import main

sys.exit(main())
