"""A throwaway PostgreSQL server on 127.0.0.1, for the tests and the benchmarks.

It runs Debian's (or any) ``initdb`` and ``pg_ctl`` in a fresh temporary folder,
listens on a free local port with trust authentication, and is deleted when stopped.
As root the server runs as the ``postgres`` user (PostgreSQL refuses to run as root).
Nothing here is used by corrobora itself.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER = "corrobora"
"""The superuser of the throwaway cluster (no password: trust authentication)."""


@dataclass(frozen=True, slots=True)
class TempServer:
    """A running throwaway server.

    Attributes:
        folder: the data folder (removed when the server stops).
        port: the port it listens on at 127.0.0.1.
    """

    folder: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        """The connection URL of ``database`` on this server."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is absent.

    Looks at ``$PG_BINDIR``, then Debian's ``/usr/lib/postgresql/<version>/bin`` (the
    newest version), then ``PATH``.
    """
    candidates: list[Path] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda folder: _version_key(Path(folder).parent.name),
        reverse=True,
    )
    candidates.extend(Path(folder) for folder in debian)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """Run ``command`` as ``postgres`` when we are root (initdb refuses root)."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _server_owner() -> tuple[int, int] | None:
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError(
            "running as root needs a 'postgres' user to run the server "
            "(Debian's postgresql package creates it)"
        ) from None
    return entry.pw_uid, entry.pw_gid


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    if done.returncode != 0:
        output = (done.stderr or done.stdout).strip()
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {output}")


def start(bindir: Path, *, durable: bool = False) -> TempServer:
    """Create and start a throwaway server with the programs in ``bindir``.

    Unless ``durable``, the server skips ``fsync`` (tests run faster; a crash of the
    machine may lose the data, which is thrown away anyway). Benchmarks pass True.

    Raises:
        RuntimeError: initdb or pg_ctl failed; the message carries their output.
    """
    folder = Path(tempfile.mkdtemp(prefix="corrobora-pg-"))
    owner = _server_owner()
    if owner is not None:
        os.chown(folder, *owner)
    data = folder / "data"
    port = _free_port()
    try:
        _run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    USER,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            )
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder}"
        )
        if not durable:
            options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        _run(
            _as_server_user(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(folder / "server.log"),
                    "-w",
                    "-o",
                    options,
                    "start",
                ]
            )
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return TempServer(folder=folder, port=port)


def stop(server: TempServer, bindir: Path) -> None:
    """Stop ``server`` at once and delete its folder."""
    try:
        _run(
            _as_server_user(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(server.folder / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ]
            )
        )
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)


@contextmanager
def temp_server(bindir: Path, *, durable: bool = False) -> Iterator[TempServer]:
    """Run a throwaway server for the duration of the ``with`` block."""
    server = start(bindir, durable=durable)
    try:
        yield server
    finally:
        stop(server, bindir)
