#include "app/views/selection.h"

namespace Cairn {

void Selection::select(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    emit changed(id);
}

} // namespace Cairn
