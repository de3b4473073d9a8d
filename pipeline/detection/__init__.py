"""Finding personal data in OCR layouts (Presidio + a layout-aware label pass).

Arranged the way Presidio's analyzer arranges its own code:

- protocols.py     what the analysis depends on: DetectorLike, DetectionService, DetectionOutcome
- worker.py        the detection services: in the calling process, or in a process of its own
- detector.py      `Detector`: composes the parts below (analyze -> filter -> merge -> boxes)
- config.py        DetectConfig, the models/ files read strictly, the typed settings, make_detector
- schema.py        the shape of models/detection.yaml, recognizers.yaml and nlp.yaml (pydantic)
- text.py          the text model: LayoutText, WordRef, LineRef, SpanFinding, span -> box
- labels.py        LabelValueFinder: values beside/below field labels, CSV columns under a header
- filters.py       recognizer findings checked against the screen, grown over OCR's splits
- recognizers/     our Presidio recognizers and the registry built from models/recognizers.yaml
- nlp.py           the offline spaCy engine; context_enhancer.py: Presidio's, indexed
- memory.py        values found earlier in the recording, found again

Importing protocols, worker or config loads neither spaCy nor Presidio, nor the name lexicons,
labels, structure passes or value memory: only building a `Detector` does (the analysing process
imports these three; pyproject.toml's import contract and tests/test_import_weight.py keep it so).
"""
