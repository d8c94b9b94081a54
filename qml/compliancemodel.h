// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_COMPLIANCEMODEL_H
#define VASTQT_QML_COMPLIANCEMODEL_H

#include <VastQt/compliancevalidator.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class ComplianceModelPrivate;

/*!
    \brief The compliance report of a load (RunReport::compliance), for a view: per hop,
    one header row (the document, its schema, its error and warning counts) followed by one
    row per finding, in document order.

    Roles: header (bool: the hop's row), hop, url, kind ("VAST", "VMAP"), version, schema,
    schemaValidated, errors and warnings (the hop's counts), and for a finding: severity
    ("error", "warning"), line and column (1-based, in the hop's document), rule, message,
    specSection. rawXml(hop) gives the document a finding's line refers to.
*/
class VASTQTQML_EXPORT ComplianceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.compliance")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countChanged)
    Q_PROPERTY(int documentCount READ documentCount NOTIFY countChanged)
public:
    //! The model's roles, named in roleNames() as listed in the class description (header, hop, url, ...).
    enum Role {
        HeaderRole = Qt::UserRole + 1,
        HopRole,
        UrlRole,
        KindRole,
        VersionRole,
        SchemaRole,
        SchemaValidatedRole,
        ErrorsRole,
        WarningsRole,
        SeverityRole,
        LineRole,
        ColumnRole,
        RuleRole,
        MessageRole,
        SpecSectionRole,
    };
    Q_ENUM(Role)

    //! An empty model.
    explicit ComplianceModel(QObject *parent = nullptr);
    ~ComplianceModel() override;

    //! The number of rows (header rows and findings); 0 for a valid \a parent (a list has no children).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role (a Role) for the row at \a index; an invalid QVariant when out of range.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use (see the class description).
    QHash<int, QByteArray> roleNames() const override;

    /*! Replaces the report with \a documents; \a rawXml holds each one's document (same order). */
    void setDocuments(const QList<DocumentCompliance> &documents, const QList<QByteArray> &rawXml);
    //! Removes every row; countChanged() follows.
    void clear();
    //! The documents given to setDocuments(), in hop order.
    QList<DocumentCompliance> documents() const;

    //! The findings of severity Error, all documents.
    int errorCount() const;
    //! The findings of severity Warning, all documents.
    int warningCount() const;
    //! The number of documents (header rows).
    int documentCount() const;

    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /*! The document of hop \a hop as received, empty when none. */
    Q_INVOKABLE QString rawXml(int hop) const;

Q_SIGNALS:
    //! The rows changed: rowCount(), errorCount(), warningCount() and documentCount() with them.
    void countChanged();

private:
    std::unique_ptr<ComplianceModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_COMPLIANCEMODEL_H
