"""Parquet in -> Parquet out with gazet.dask on a LocalCluster: the seed articles (with
their publication dates from seeds/metadata.csv) written as a Parquet dataset, read by
dask, their people, places and dates extracted on two worker processes and written as a
Parquet dataset of mentions, which is read back and summarised.

    python examples/dask_parquet.py [OUT_DIR]

Needs ``pip install 'gazet[dask]'``. OUT_DIR (default: a temporary folder) receives
articles/ and mentions/. On a real cluster only the Client line changes.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster, progress

import gazet
import gazet.dask

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def write_articles(folder: Path) -> None:
    """The seed articles as Parquet: columns id, text, published."""
    with open(SEEDS / "metadata.csv", encoding="utf-8") as f:
        published = {row["doc_id"]: row["published"] for row in csv.DictReader(f)}
    files = sorted(SEEDS.glob("*.txt"))
    articles = pd.DataFrame(
        {
            "id": [p.stem for p in files],
            "text": [p.read_text(encoding="utf-8") for p in files],
            "published": [published[p.stem] for p in files],
        }
    )
    # Two files, so that the two workers each get a partition.
    folder.mkdir(parents=True, exist_ok=True)
    articles.iloc[:3].to_parquet(folder / "part-0.parquet", index=False)
    articles.iloc[3:].to_parquet(folder / "part-1.parquet", index=False)


def main(out: Path) -> None:
    write_articles(out / "articles")
    matcher = gazet.Matcher(
        gazet.Gazetteer.from_csv(SEEDS / "gazetteer.csv") + gazet.places() + gazet.demonyms()
    )
    # One thread per worker process, and gazet.dask.extract gives each task one rayon
    # thread: 2 workers x 1 x 1 = 2 cores busy, no more.
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        articles = dd.read_parquet(out / "articles")
        # The Client exists first, so the matcher is scattered to each worker once.
        mentions = gazet.dask.extract(articles, matcher, id="id", ref_date="published")
        job = client.compute(
            mentions.to_parquet(out / "mentions", write_index=False, compute=False)
        )
        progress(job)  # a text bar here, a widget in Jupyter
        job.result()

    back = pd.read_parquet(out / "mentions")
    print(f"\n{len(back)} mentions in {back['doc'].nunique()} articles -> {out / 'mentions'}")
    print(back["label"].value_counts().to_string())
    people = back[back["label"] == "PERSON"]
    print("\nmost mentioned people:")
    print(people["entity_id"].value_counts().head(5).to_string())


if __name__ == "__main__":  # worker processes import this file: start nothing on import
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
