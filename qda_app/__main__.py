import sys

from qda_app.cli.main import main

sys.exit(main())
