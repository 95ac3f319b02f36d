"""Metode sentimen (admin): which method labels feedback (lexicon or a trained model version),
the figures that decide it, retraining and relabelling in the background with a progress bar,
and an evaluation of the active method on an uploaded labelled sample (accuracy, per-class
figures, confusion matrix, the worst mistakes)."""

import tempfile
from pathlib import Path

import streamlit as st

from gema import sentimen, ui
from gema.ingest import labelled
from gema.ui import i18n

user = ui.require_role("admin")
ui.page_header("sent.title", "sent.caption")
conn, lang = ui.conn(), ui.lang()
JOB_KEY = "gema_sentiment_job"

data = sentimen.page_data(conn)
active, version = data.active, data.version
method = ui.t("sent.model", version=version) if version else ui.t("sent.lexicon")
st.markdown(ui.t("sent.active", method=method))
if data.nusax_f1:
    f1 = {k: i18n.fmt_num(v, 2) for k, v in data.nusax_f1.items()}
    st.caption(ui.t("sent.nusax", id=f1.get("id"), su=f1.get("su"), jv=f1.get("jv")))

# --- versions and switching ---------------------------------------------------------------------
st.subheader(ui.t("sent.models"))
models = data.models
if models.empty:
    st.info(ui.t("sent.no_models"))
else:
    ui.text_table(sentimen.models_frame(models, lang))
    options = [0, *models["version"].astype(int).tolist()]
    choice = st.selectbox(
        ui.t("sent.switch"),
        options,
        index=options.index(version or 0),
        format_func=lambda v: ui.t("sent.model", version=v) if v else ui.t("sent.lexicon"),
        key="sent_switch",
    )
    if st.button(
        ui.t("sent.switch_button"), key="sent_switch_go", disabled=choice == (version or 0)
    ):
        sentimen.learn.switch(conn, choice or None, user["username"])
        st.session_state[JOB_KEY] = ("relabel", sentimen.learn.start_relabel(data.db_path))
        st.rerun()

corrections, imports = data.corrections, data.imports
st.caption(
    ui.t("sent.examples", corrections=i18n.fmt_int(corrections), imports=i18n.fmt_int(imports))
)
job_entry = st.session_state.get(JOB_KEY)
running = job_entry is not None and not job_entry[1].done
if st.button(ui.t("sent.retrain"), key="sent_retrain", disabled=running):
    job = sentimen.learn.start_retrain(data.db_path, user["username"])
    st.session_state[JOB_KEY] = ("train", job)
    st.rerun()


@st.fragment(run_every=1.0)
def job_status() -> None:
    """Polls the background job each second; a full rerun once it is done shows the new state."""
    entry = st.session_state.get(JOB_KEY)
    if entry is None:
        return
    kind, job = entry
    if not job.done:
        st.progress(job.progress, text=ui.t("sent.running", step=job.step))
        return
    if job.error:
        st.error(ui.t("sent.failed", error=job.error))
    elif kind == "train" and job.result is not None and job.result.version is None:
        st.warning(job.result.message)
    elif kind == "train" and job.result is not None:
        r = job.result
        verdict = (
            ui.t("sent.verdict_on", n=i18n.fmt_int(job.relabelled))
            if r.activated
            else ui.t("sent.verdict_off")
        )
        st.success(
            ui.t(
                "sent.done_trained",
                version=r.version,
                model=i18n.fmt_num(r.cv_f1_model, 3),
                lexicon=i18n.fmt_num(r.cv_f1_lexicon, 3),
                verdict=verdict,
            )
        )
    else:
        st.success(ui.t("sent.done_relabel", n=i18n.fmt_int(job.relabelled)))
    if not st.session_state.get("sent_job_seen"):
        st.session_state["sent_job_seen"] = True
        st.rerun(scope="app")


if running:
    st.session_state["sent_job_seen"] = False
job_status()

# --- evaluation on a labelled sample -------------------------------------------------------------
st.subheader(ui.t("sent.evaluate"))
st.caption(ui.t("sent.evaluate_help"))
upload = st.file_uploader(
    ui.t("sent.file"), type=["csv", "tsv", "txt", "xlsx", "xls"], key="sent_file"
)
if upload is not None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        try:
            sample = labelled.read_labelled(path, file_name=upload.name)
        except labelled.LabelFileError as exc:
            st.error(str(exc))
            st.stop()
    result = sentimen.learn.evaluate(active, sample)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(ui.t("sent.n"), i18n.fmt_int(result["n"]))
    c2.metric(ui.t("sent.macro_f1"), i18n.fmt_num(result["macro_f1"], 3))
    correct = sum(result["confusion"][i][i] for i in range(3))
    c3.metric(ui.t("sent.accuracy"), i18n.fmt_pct(correct / max(result["n"], 1), 1))
    c4.metric(ui.t("sent.method"), method)
    st.markdown("**" + ui.t("sent.per_class") + "**")
    ui.text_table(sentimen.per_class_frame(result, lang))
    st.markdown("**" + ui.t("sent.confusion") + "**")
    ui.text_table(sentimen.confusion_frame(result, lang))
    st.markdown("**" + ui.t("sent.mistakes") + "**")
    worst = sentimen.learn.worst_mistakes(active, sample)
    if worst.empty:
        st.info(ui.t("sent.no_mistakes"))
    else:
        ui.text_table(sentimen.mistakes_frame(worst, lang))
    if st.button(ui.t("sent.save_examples", n=i18n.fmt_int(len(sample))), key="sent_save"):
        n = sentimen.learn.import_examples(conn, sample, upload.name, user["username"])
        st.success(ui.t("sent.saved", n=i18n.fmt_int(n)))
