"""read_json_file reads only regular files, never past the cap; parsing refuses inf."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from pmplanner.storage import jsonio
from pmplanner.storage.jsonio import JsonFileError, parse_json_bytes, read_json_file

needs_posix = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def _problems(path: Path | str) -> list[str]:
    with pytest.raises(JsonFileError) as caught:
        read_json_file(path)
    assert caught.value.path == Path(path)
    return caught.value.problems


def _in_thread(func, timeout: float = 10):
    """Run ``func`` in a thread; fail (instead of hanging the test run) if it does not end."""
    result: dict[str, object] = {}

    def target():
        try:
            result["value"] = func()
        except BaseException as exc:  # handed to the test
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading did not end"
    return result


@needs_posix
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    result = _in_thread(lambda: _problems(fifo))
    assert result.get("value") == ["this is not a regular file"], result


# /dev/zero is checked in a child process with a memory limit: tests/test_cli_check_inputs.py


@needs_posix
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.sock"
    if len(os.fsencode(path)) > 100:
        pytest.skip("socket path too long")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(os.fspath(path))
        assert _problems(path) == ["this is not a regular file"]


def test_a_folder_is_refused(tmp_path):
    assert _problems(tmp_path) == ["this is a folder, not a file"]


def test_a_missing_file(tmp_path):
    assert _problems(tmp_path / "nope.json") == ["the file does not exist"]


@needs_posix
def test_a_link_to_a_regular_file_is_read(tmp_path):
    (tmp_path / "real.json").write_bytes(b'{"a": 1}')
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    assert read_json_file(tmp_path / "link.json") == {"a": 1}


def test_a_file_that_grows_after_its_size_was_checked_is_read_only_up_to_the_cap(
    tmp_path, monkeypatch
):
    path = tmp_path / "growing.json"
    path.write_bytes(b"[" + b"0," * 5000 + b"0]")
    monkeypatch.setattr(jsonio, "MAX_FILE_BYTES", 1000)
    real_stat = os.stat
    asked: list[int] = []

    class Small:
        """The stat result as it was before the file grew."""

        def __init__(self, info):
            self._info = info

        def __getattr__(self, name):
            return 10 if name == "st_size" else getattr(self._info, name)

    def stat(p, *args, **kwargs):
        info = real_stat(p, *args, **kwargs)
        return Small(info) if os.fspath(p) == os.fspath(path) else info

    real_open = open

    def spying_open(*args, **kwargs):
        file = real_open(*args, **kwargs)
        real_read = file.read

        class Spy:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                file.close()

            def fileno(self):
                return file.fileno()

            def read(self, n=-1):
                asked.append(n)
                return real_read(n)

        return Spy()

    monkeypatch.setattr(jsonio.os, "stat", stat)
    monkeypatch.setattr(jsonio, "open", spying_open, raising=False)
    assert _problems(path) == ["the file is more than the 1,000 bytes allowed"]
    assert asked == [1001]


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b"0," * 5000 + b"0]")
    monkeypatch.setattr(jsonio, "MAX_FILE_BYTES", 1000)
    assert _problems(path) == ["the file is 10,003 bytes, more than the 1,000 allowed"]


def test_a_file_exactly_at_the_cap_is_read(tmp_path, monkeypatch):
    path = tmp_path / "full.json"
    raw = b"[" + b" " * 998 + b"]"
    path.write_bytes(raw)
    monkeypatch.setattr(jsonio, "MAX_FILE_BYTES", len(raw))
    assert read_json_file(path) == []


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("1e400", "1e400"),
        ("-1E400", "-1E400"),
        ("1.5e+309", "1.5e+309"),
        ("9" * 400 + ".0", "9" * 20 + "…"),
    ],
)
def test_numbers_too_large_for_a_float_are_refused(number, shown):
    with pytest.raises(JsonFileError) as caught:
        parse_json_bytes(f'{{"a": [1, {number}]}}'.encode(), "p.json")
    assert caught.value.problems == [f"{shown} is a number too large for JSON"]


def test_a_whole_number_with_too_many_digits_is_refused_not_a_crash():
    with pytest.raises(JsonFileError) as caught:
        parse_json_bytes(b'{"a": ' + b"7" * 5000 + b"}", "p.json")
    assert caught.value.problems == ["a whole number has too many digits to be a pmplanner value"]


def test_ordinary_numbers_still_parse():
    data = parse_json_bytes(b'{"a": [1, -2.5, 1e300, 1e-400, 0.1, 12345678901234567890]}', "p")
    assert data == {"a": [1, -2.5, 1e300, 0.0, 0.1, 12345678901234567890]}
    assert type(data["a"][1]) is float and type(data["a"][0]) is int
