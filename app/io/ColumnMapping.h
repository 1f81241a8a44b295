#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Which token field each CSV column fills: a wire name ("identifier", "udf_float_2"), a custom
// field ("custom:NAME"), or nothing (an empty target: the column is ignored). Guessed from the
// header, adjusted by a person or by `--map COLUMN=FIELD`, and saved by name for the next file.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    explicit ColumnMapping(QStringList targets);

    // The guess for one header cell: case-, space- and punctuation-insensitive wire names,
    // aliases ("E-mail", "PIN", "Card number", "custom_colour") and the fields' titles in the
    // language the program runs in; empty when nothing fits.
    static QString guessTarget(const QString& headerCell);
    // Whether any of the cells names something a column can be mapped to: a line that does is a
    // header, whatever else it looks like.
    static bool namesAField(const QStringList& cells);
    // The guess for a whole header; a target already taken by an earlier column is not repeated.
    static ColumnMapping guess(const QStringList& header);
    // Everything a column may be mapped to, in catalogue order, custom fields excepted.
    static QStringList importableFields();
    // A target as typed by a person ("E-mail", "custom:colour", "ignore") made canonical; an error
    // names what is not a field that an import may set.
    static Result<QString> parseTarget(const QString& text);
    // A person's name for a target, as the token table and the editor name the field.
    static QString displayName(const QString& target);

    int columnCount() const { return int(m_targets.size()); }
    QString target(int column) const { return m_targets.value(column); }
    void setTarget(int column, const QString& target);
    const QStringList& targets() const { return m_targets; }
    // The column mapped to a target, or -1.
    int columnOf(const QString& target) const { return int(m_targets.indexOf(target)); }

    // Applies "COLUMN=FIELD", COLUMN being a header cell or a 1-based column number.
    Result<void> applyOverride(const QStringList& header, const QString& assignment);
    // Refuses a target given to two columns and a mapping that sets no field at all.
    Result<void> check() const;

    // Saved by header cell, so a mapping fits the next file even if its columns move; a column
    // without a name (a file without a header) by its place, "#3".
    QMap<QString, QString> byHeader(const QStringList& header) const;
    static ColumnMapping fromHeader(const QStringList& header, const QMap<QString, QString>& byHeader);
    // Saved mappings live in QSettings under "importMappings/NAME"; they hold no values, only names.
    void save(const QString& name, const QStringList& header) const;
    // Refused when there is no such mapping, or when it names none of header's columns (it was
    // saved for another kind of file, and would only set every column to "ignore").
    static Result<ColumnMapping> load(const QString& name, const QStringList& header);
    static QStringList savedNames();

    // "identifier,pass_code,,custom:colour" for the import record; a target that holds a comma or
    // a double quote is quoted as in CSV ("custom:Name, Vorname"), so each column stays one.
    QString toText() const;
    // The targets of toText(), and of the unquoted records written before quoting.
    static ColumnMapping fromText(const QString& text);

    bool operator==(const ColumnMapping& other) const { return m_targets == other.m_targets; }

private:
    static QString keyOf(const QStringList& header, qsizetype column);
    static QString normalise(const QString& text);

    QStringList m_targets;
};
