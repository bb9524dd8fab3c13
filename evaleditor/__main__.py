"""``python -m evaleditor``"""

import sys

from evaleditor.cli import main

sys.exit(main())
