"""Can a window be shown here? Asked before Qt starts, because Qt aborts the process when it cannot."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from tawsim.core.errors import TawsimError

X11_LIBRARIES_HINT = (
    "install the X11 libraries Qt needs (Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0; Fedora: "
    "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil "
    "libxkbcommon-x11) and run the command again"
)
XCB_CURSOR_HINT = "Qt needs the system library libxcb-cursor to open a window on X11; " + X11_LIBRARIES_HINT


def loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def xcb_plugin_problem() -> str | None:
    """Why Qt's X11 plugin cannot load here (a system library missing), or None."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error)
    return None


def reaches_x_display(display: str) -> bool:
    """Whether an X server answers at `display` (libxcb's own connect, as Qt's xcb plugin does)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def check_display(environ: dict[str, str] | None = None, platform: str = sys.platform,
                  can_load=loads, reaches=reaches_x_display, plugin_problem=xcb_plugin_problem) -> None:
    """Raise TawsimError saying what is missing, instead of letting Qt abort without a window."""
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return
    if environ.get("WAYLAND_DISPLAY"):
        return
    display = environ.get("DISPLAY")
    if not display:
        raise TawsimError(
            "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run `tawsim open` in a desktop session, or use `tawsim suggest` and `tawsim export` here"
        )
    problem = plugin_problem()
    if problem:
        raise TawsimError(f"Qt's X11 plugin cannot load ({problem}); {X11_LIBRARIES_HINT}")
    if not can_load("libxcb-cursor.so.0"):
        raise TawsimError(XCB_CURSOR_HINT)
    if not reaches(display):
        raise TawsimError(f"cannot open a window: no X server answers at DISPLAY={display}")
