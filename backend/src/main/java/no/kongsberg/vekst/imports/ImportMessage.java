package no.kongsberg.vekst.imports;

/**
 * A rejected or doubtful value of an import: the file's row (null for the whole file), the field,
 * a stable code and an English message.
 */
public record ImportMessage(Long row, String field, String code, String message) {
}
