import pytest

from tawsim.core.errors import TawsimError
from tawsim.gui.display import check_display, reaches_x_display


def check(environ, platform="linux", library=True, server=True, plugin=None):
    check_display(environ, platform, can_load=lambda name: library, reaches=lambda display: server,
                  plugin_problem=lambda: plugin)


@pytest.mark.parametrize(
    "environ",
    [{"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"DISPLAY": ":0"}],
)
def test_a_usable_display_passes(environ):
    check(environ)


def test_no_display_is_one_clear_error_not_a_qt_abort():
    with pytest.raises(TawsimError, match="no display"):
        check({})


def test_x11_without_libxcb_cursor_names_the_package_to_install():
    with pytest.raises(TawsimError, match="libxcb-cursor0"):
        check({"DISPLAY": ":0"}, library=False)


def test_a_missing_library_of_the_x11_plugin_is_named_with_what_to_install():
    with pytest.raises(TawsimError, match=r"libxcb-icccm\.so\.4.*apt install .*libxcb-icccm4"):
        check({"DISPLAY": ":0"}, plugin="libxcb-icccm.so.4: cannot open shared object file")


def test_an_x_display_nobody_answers_is_named():
    with pytest.raises(TawsimError, match="DISPLAY=:7"):
        check({"DISPLAY": ":7"}, server=False)


def test_an_unused_x_display_number_is_really_unreachable():
    assert reaches_x_display(":97") is False


def test_other_systems_are_left_to_qt():
    check({}, "darwin", library=False, server=False)
    check({}, "win32", library=False, server=False)
