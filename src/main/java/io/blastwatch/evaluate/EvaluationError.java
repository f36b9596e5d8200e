package io.blastwatch.evaluate;

/**
 * One error, as one line for a person: what went wrong, on which real incident and which found one, in which
 * article, with the evidence sentence the pipeline kept.
 *
 * @param gold     the real incident's id, or null for a phantom
 * @param found    the found incident's id, or null for a missed one
 * @param article  the article the evidence comes from, or null
 * @param evidence the found incident's evidence sentence, or the annotators' note for a missed incident
 * @param errorClass the class of the error within its kind ("a day off", "region for a settlement"), or null where
 *                   the kind has no classes; counted per part, so that a part's errors can be told apart by class
 *                   without reading them
 */
public record EvaluationError(ErrorKind kind, String gold, String found, String article, String detail,
                              String evidence, String errorClass) {

    public EvaluationError(ErrorKind kind, String gold, String found, String article, String detail,
                           String evidence) {
        this(kind, gold, found, article, detail, evidence, null);
    }
}
