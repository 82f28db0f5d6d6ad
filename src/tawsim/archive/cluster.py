"""Connecting to Dask: an existing scheduler by address, or a LocalCluster on this machine."""

from __future__ import annotations

from contextlib import contextmanager

from tawsim.core.errors import TawsimError


@contextmanager
def connect(address: str, jobs: int | None):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise TawsimError("--dask needs Dask: pip install 'tawsim[archive]' (Dask distributed)") from None
    if address == "local":
        from tawsim.batch import worker_count

        cluster = LocalCluster(n_workers=worker_count(jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(address, timeout=10)
    except (OSError, TimeoutError) as error:
        raise TawsimError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        yield client
    finally:
        client.close()
