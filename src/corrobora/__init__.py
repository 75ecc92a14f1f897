"""corrobora: reconcile news across sources, every answer traced to exact characters."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
