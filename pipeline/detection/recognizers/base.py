"""What our code recognizers share: Presidio's EntityRecognizer with results named like its own."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


class CodeRecognizer(EntityRecognizer):
    """A recognizer written as code (not regex data): the constructor Presidio's YAML loader
    calls, and results that carry the recognizer's name as Presidio's pattern results do."""

    ENTITIES: tuple[str, ...] = ()
    name: str  # set in EntityRecognizer.__init__, whose type mypy cannot infer

    def __init__(
        self,
        supported_language: str = "en",
        context: list[str] | None = None,
        name: str | None = None,
        supported_entities: list[str] | None = None,
    ):
        super().__init__(
            supported_entities=list(supported_entities or self.ENTITIES),
            name=type(self).__name__ if name is None else name,  # what Presidio does with None
            supported_language=supported_language,
            context=context,
        )

    def load(self) -> None:  # noqa: D102 - everything is compiled at import
        return None

    def result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity,
            start,
            end,
            score,
            # Presidio's context enhancer records the context word it found here
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
