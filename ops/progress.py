"""tqdm progress bars for the operations commands, shown only on a terminal."""

import sys

from tqdm import tqdm


def progress_for(stream=None, enabled: bool = True):
    """Return ``progress(items, total, label)`` drawing a bar on ``stream`` if it is a tty.

    The raw stream is used, not Django's OutputWrapper: the wrapper ends every
    write with a newline, which breaks the bar's in-place redraw.
    """
    stream = stream or sys.stderr
    show = enabled and hasattr(stream, "isatty") and stream.isatty()

    def progress(items, total, label):
        if not show:
            return items
        return tqdm(items, total=total, desc=label, unit="berkas", file=stream)

    return progress
