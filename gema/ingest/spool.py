"""The upload spool: uploaded bytes on disk for the readers, private to this app instance.

Raw uploads hold personal data (FGD notes, complaints). They go to a directory of this process
only (mode 0700, files 0600) under GEMA_SPOOL_DIR or the system temp folder, are deleted once
the file is loaded or the user clears it, and whatever a previous instance left behind (it was
killed, the machine rebooted) is deleted when the next one first spools.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

PREFIX = "gema-unggah-"
LEGACY = "gema-unggah"  # the old shared, world-readable folder
_lock = threading.Lock()
_dir: Path | None = None


def base_dir() -> Path:
    raw = os.environ.get("GEMA_SPOOL_DIR", "").strip()
    return Path(raw) if raw else Path(tempfile.gettempdir())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(base: Path | None = None) -> list[Path]:
    """Delete spool folders of instances that no longer run (and the legacy shared folder), when
    they belong to this user; return what was deleted."""
    base = base or base_dir()
    gone: list[Path] = []
    if not base.is_dir():
        return gone
    for entry in base.iterdir():
        name = entry.name
        if name != LEGACY and not name.startswith(PREFIX):
            continue
        try:
            st = entry.lstat()
        except FileNotFoundError:
            continue
        if st.st_uid != os.getuid() or not entry.is_dir() or entry.is_symlink():
            continue
        if name.startswith(PREFIX):
            pid = name[len(PREFIX) :].split("-", 1)[0]
            if not pid.isdigit() or _alive(int(pid)):
                continue  # a running instance's folder (ours included), or not ours at all
        shutil.rmtree(entry, ignore_errors=True)
        gone.append(entry)
    return gone


def spool_dir() -> Path:
    """This instance's private folder, created (after a sweep) on first use."""
    global _dir
    with _lock:
        if _dir is None or not _dir.is_dir():
            base = base_dir()
            base.mkdir(parents=True, exist_ok=True)
            sweep(base)
            _dir = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
            os.chmod(_dir, 0o700)
        return _dir


def path_for(name: str, data: bytes, sha256: str | None = None) -> Path:
    """Where `data` is (or would be) spooled: same bytes → same path (the page reruns often).
    sha256: the bytes' hash when the caller has it (hashing 150 MB again costs 0.2 s)."""
    digest = (sha256 or hashlib.sha256(data).hexdigest())[:20]
    safe = re.sub(r"[^\w.\- ]+", "_", Path(name).name).strip(" .") or "unggahan.csv"
    return spool_dir() / digest / safe


def write(name: str, data: bytes, sha256: str | None = None) -> Path:
    """Spool `data` (0600 in a 0700 folder) and return its path."""
    path = path_for(name, data, sha256)
    if not path.is_file():
        path.parent.mkdir(mode=0o700, exist_ok=True)
        os.chmod(path.parent, 0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
    return path


def discard(path: Path) -> None:
    """Delete one spooled upload (its whole digest folder), after a load or a cancel."""
    path = Path(path)
    root = spool_dir()
    folder = path.parent
    if folder.parent == root:
        shutil.rmtree(folder, ignore_errors=True)
