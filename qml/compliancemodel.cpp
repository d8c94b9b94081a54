// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/compliancemodel.h>

#include <VastQt/runreport.h>

using namespace Qt::StringLiterals;

namespace VastQt
{

class ComplianceModelPrivate
{
public:
    QList<DocumentCompliance> documents;
    QList<QByteArray> rawXml;
    // One row per hop, then its findings: (document index, finding index or -1 for the hop).
    QList<std::pair<int, int>> rows;

    void buildRows()
    {
        rows.clear();
        for (int doc = 0; doc < documents.size(); ++doc) {
            rows.append({doc, -1});
            for (int f = 0; f < documents.at(doc).findings.size(); ++f)
                rows.append({doc, f});
        }
    }
};

ComplianceModel::ComplianceModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new ComplianceModelPrivate)
{
}

ComplianceModel::~ComplianceModel() = default;

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [doc, finding] = d->rows.at(index.row());
    const DocumentCompliance &c = d->documents.at(doc);
    const bool header = finding < 0;
    const ComplianceFinding f = header ? ComplianceFinding() : c.findings.at(finding);
    switch (role) {
    case HeaderRole:
        return header;
    case HopRole:
        return c.hop;
    case UrlRole:
        return c.url.toString();
    case KindRole:
        return c.kind;
    case VersionRole:
        return c.version;
    case SchemaRole:
        return c.schema;
    case SchemaValidatedRole:
        return c.schemaValidated;
    case ErrorsRole:
        return c.errorCount();
    case WarningsRole:
        return c.warningCount();
    case SeverityRole:
        return header ? QString() : f.severityName();
    case LineRole:
        return header ? 0 : f.line;
    case ColumnRole:
        return header ? 0 : f.column;
    case RuleRole:
        return f.rule;
    case Qt::DisplayRole:
    case MessageRole:
        return header ? c.url.toString() : f.message;
    case SpecSectionRole:
        return f.specSection;
    default:
        return {};
    }
}

QHash<int, QByteArray> ComplianceModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {HeaderRole, "header"},
        {HopRole, "hop"},
        {UrlRole, "url"},
        {KindRole, "kind"},
        {VersionRole, "version"},
        {SchemaRole, "schema"},
        {SchemaValidatedRole, "schemaValidated"},
        {ErrorsRole, "errors"},
        {WarningsRole, "warnings"},
        {SeverityRole, "severity"},
        {LineRole, "line"},
        {ColumnRole, "column"},
        {RuleRole, "rule"},
        {MessageRole, "message"},
        {SpecSectionRole, "specSection"},
    };
}

void ComplianceModel::setDocuments(const QList<DocumentCompliance> &documents, const QList<QByteArray> &rawXml)
{
    if (documents == d->documents && rawXml == d->rawXml)
        return;
    beginResetModel();
    d->documents = documents;
    d->rawXml = rawXml;
    d->buildRows();
    endResetModel();
    Q_EMIT countChanged();
}

void ComplianceModel::clear()
{
    setDocuments({}, {});
}

QList<DocumentCompliance> ComplianceModel::documents() const
{
    return d->documents;
}

int ComplianceModel::errorCount() const
{
    return RunReport::complianceErrorCount(d->documents);
}

int ComplianceModel::warningCount() const
{
    int warnings = 0;
    for (const DocumentCompliance &c : std::as_const(d->documents))
        warnings += c.warningCount();
    return warnings;
}

int ComplianceModel::documentCount() const
{
    return int(d->documents.size());
}

QVariantMap ComplianceModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QModelIndex idx = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(idx, it.key()));
    return map;
}

QString ComplianceModel::rawXml(int hop) const
{
    for (int i = 0; i < d->documents.size(); ++i) {
        if (d->documents.at(i).hop == hop)
            return QString::fromUtf8(d->rawXml.value(i));
    }
    return {};
}

} // namespace VastQt
