"""Pre-annotating an archive: one article per row of a JSON Lines or Parquet file, in order,
resumable, on this machine's cores or on a Dask cluster."""
