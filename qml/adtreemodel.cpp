// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adtreemodel.h>

#include <VastQt/vastjson.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
struct Node {
    Node *parent = nullptr;
    int row = 0;
    QString key;
    QString value;
    QString path;
    bool branch = false;
    std::vector<std::unique_ptr<Node>> children;
};

QString leafText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString();
    }
}

void build(Node *node, const QJsonValue &value)
{
    auto add = [node](const QString &key, const QJsonValue &child) {
        auto n = std::make_unique<Node>();
        n->parent = node;
        n->row = int(node->children.size());
        n->key = key;
        n->path = node->path.isEmpty() ? key : node->path + u'.' + key;
        build(n.get(), child);
        node->children.push_back(std::move(n));
    };
    if (value.isObject()) {
        node->branch = true;
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            add(it.key(), it.value());
        node->value = QCoreApplication::translate("AdTreeModel", "%n member(s)", nullptr, int(o.size()));
    } else if (value.isArray()) {
        node->branch = true;
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            add(u"[%1]"_s.arg(i), a.at(i));
        node->value = QCoreApplication::translate("AdTreeModel", "%n item(s)", nullptr, int(a.size()));
    } else {
        node->value = leafText(value);
    }
}
} // namespace

class AdTreeModelPrivate
{
public:
    Node root;

    Node *node(const QModelIndex &index) const
    {
        return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&root);
    }
};

AdTreeModel::AdTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , d(new AdTreeModelPrivate)
{
}

AdTreeModel::~AdTreeModel() = default;

QModelIndex AdTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *p = d->node(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children.at(row).get());
}

QModelIndex AdTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = d->node(child);
    Node *p = n->parent;
    if (!p || p == &d->root)
        return {};
    return createIndex(p->row, 0, p);
}

int AdTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(d->node(parent)->children.size());
}

int AdTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant AdTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = d->node(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->value.isEmpty() ? n->key : n->key + u": "_s + n->value;
    case Qt::ToolTipRole:
        return n->path;
    case KeyRole:
        return n->key;
    case ValueRole:
        return n->value;
    case IsBranchRole:
        return n->branch;
    case PathRole:
        return n->path;
    default:
        return {};
    }
}

QHash<int, QByteArray> AdTreeModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {Qt::ToolTipRole, "toolTip"},
        {KeyRole, "key"},
        {ValueRole, "value"},
        {IsBranchRole, "isBranch"},
        {PathRole, "path"},
    };
}

void AdTreeModel::setAd(const Ad &ad)
{
    setJson(VastJson::toJson(ad));
}

void AdTreeModel::setJson(const QJsonObject &json)
{
    const bool wasEmpty = isEmpty();
    beginResetModel();
    d->root.children.clear();
    build(&d->root, json);
    endResetModel();
    if (wasEmpty != isEmpty())
        Q_EMIT emptyChanged();
}

void AdTreeModel::clear()
{
    setJson(QJsonObject());
}

bool AdTreeModel::isEmpty() const
{
    return d->root.children.empty();
}

} // namespace VastQt
