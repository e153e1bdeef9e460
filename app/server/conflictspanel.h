#pragma once

#include "core/session/serverconflicts.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Cairn {

class ServerDocument;

// The conflicts of a plan on a server, one row each: the item, who changed it, the field, and
// what it was, what they made it and what I made it.
class ConflictsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Item, ChangedBy, Field, Was, Theirs, Yours, ColumnCount };
    explicit ConflictsModel(QObject *parent = nullptr);

    // The document whose conflicts are shown (null: none).
    void setDocument(ServerDocument *document);
    int conflictId(int row) const;
    bool canKeepMine(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    void reload();

    struct Row {
        int id = 0;
        bool canKeepMine = true;
        QString item, by, what, field, was, theirs, yours;
    };
    QPointer<ServerDocument> m_document;
    QList<Row> m_rows;
};

// The Conflicts dock beside Problems: the model's table, Keep Mine and Take Theirs for the
// selected conflict (one undo step each), and the notes of changes merged field by field.
class ConflictsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConflictsPanel(QWidget *parent = nullptr);
    void setDocument(ServerDocument *document);
    ConflictsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QString note() const;

signals:
    // The number of conflicts changed (the dock shows itself when there are some).
    void countChanged(int count);

private:
    void decide(bool mine);
    void updateButtons();
    void addNote(const QString &note);

    ConflictsModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QStringList m_notes;
    int m_count = 0;
    QPointer<ServerDocument> m_document;
};

} // namespace Cairn
