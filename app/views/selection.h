#pragma once

#include <QObject>

namespace Cairn {

// The one current item of the workspace (a goal, system, initiative, resource or milestone, by
// id), shared by every view: the roadmap, the tables, the charts, the inspector and the
// problems list select through it and follow it.
class Selection : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    qint64 current() const { return m_current; }
    void select(qint64 id);

signals:
    void changed(qint64 id);

private:
    qint64 m_current = 0;
};

} // namespace Cairn
