#include "app/render/graphlayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineF>

#include <algorithm>
#include <graphviz/gvc.h>
#include <mutex>

// Graphviz is the only layout engine; this file is the only place that includes it.

namespace Cairn {

namespace {

// Graphviz keeps global state (its error handler, its plugin context, cgraph's dictionaries):
// one layout at a time, on one context kept for the life of the process.
std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

QByteArray g_errors; // what Graphviz said during the current layout (under the mutex)

int collectError(char *message)
{
    g_errors += message;
    return 0;
}

GVC_t *context()
{
    static GVC_t *gvc = [] {
        agseterr(AGERR); // warnings are not worth a message to the user
        agseterrf(&collectError);
        return gvContext();
    }();
    return gvc;
}

char *cstr(const char *s)
{
    return const_cast<char *>(s); // cgraph's API predates const; it does not write
}

QByteArray inches(qreal units)
{
    return QByteArray::number(std::max<qreal>(units, 1) / 72.0, 'f', 4);
}

// Invisible anchors keep the bands in their columns: an anchor per band, each one rank right
// of the one before; a node with no edge from the left hangs from its band's anchor.
void anchorBands(
    Agraph_t *g, const GraphLayoutRequest &request, const std::vector<Agnode_t *> &nodes)
{
    std::vector<bool> hasLeft(request.nodes.size(), false);
    for (const GraphLayoutRequest::Edge &e : request.edges)
        hasLeft[size_t(e.to)] = true;
    // The attributes are declared by layoutGraph; a null default looks them up.
    Agsym_t *style = agattr(g, AGNODE, cstr("style"), nullptr);
    Agsym_t *width = agattr(g, AGNODE, cstr("width"), nullptr);
    Agsym_t *height = agattr(g, AGNODE, cstr("height"), nullptr);
    Agsym_t *edgeStyle = agattr(g, AGEDGE, cstr("style"), nullptr);
    Agsym_t *weight = agattr(g, AGEDGE, cstr("weight"), nullptr);
    Agsym_t *minlen = agattr(g, AGEDGE, cstr("minlen"), nullptr);
    std::vector<Agnode_t *> anchors;
    for (int band = 0; band < 3; ++band) {
        Agnode_t *a = agnode(g, QByteArray("anchor").append(char('0' + band)).data(), 1);
        agxset(a, style, cstr("invis"));
        agxset(a, width, cstr("0.01"));
        agxset(a, height, cstr("0.01"));
        if (!anchors.empty()) {
            Agedge_t *e = agedge(g, anchors.back(), a, nullptr, 1);
            agxset(e, edgeStyle, cstr("invis"));
        }
        anchors.push_back(a);
    }
    for (size_t n = 0; n < request.nodes.size(); ++n) {
        const int band = std::clamp(request.nodes[n].band, 0, 2);
        if (hasLeft[n] || band == 0)
            continue;
        Agedge_t *e = agedge(g, anchors[size_t(band)], nodes[n], nullptr, 1);
        agxset(e, edgeStyle, cstr("invis"));
        agxset(e, weight, cstr("0"));
        agxset(e, minlen, cstr("0"));
    }
}

std::vector<QPointF> curveOf(Agedge_t *e, qreal top)
{
    std::vector<QPointF> points;
    const splines *spl = ED_spl(e);
    if (!spl || spl->size < 1)
        return points;
    const bezier &bz = spl->list[0];
    points.reserve(size_t(bz.size));
    for (int k = 0; k < bz.size; ++k)
        points.emplace_back(bz.list[k].x, top - bz.list[k].y); // Graphviz's y grows upwards
    return points;
}

} // namespace

GraphLayoutResult layoutGraph(const GraphLayoutRequest &request)
{
    GraphLayoutResult result;
    result.centres.resize(request.nodes.size());
    result.curves.resize(request.edges.size());
    if (request.nodes.empty()) {
        result.ok = true;
        return result;
    }
    const std::lock_guard<std::mutex> lock(graphvizMutex());
    QElapsedTimer timer;
    timer.start();
    g_errors.clear();
    GVC_t *gvc = context();
    Agraph_t *g = agopen(cstr("cairn"), Agdirected, nullptr);
    agattr(g, AGRAPH, cstr("rankdir"), cstr("LR"));
    agattr(g, AGRAPH, cstr("nodesep"), inches(request.nodeSeparation).data());
    agattr(g, AGRAPH, cstr("ranksep"), inches(request.rankSeparation).data());
    agattr(g, AGRAPH, cstr("splines"), cstr("spline"));
    agattr(g, AGNODE, cstr("shape"), cstr("box"));
    agattr(g, AGNODE, cstr("fixedsize"), cstr("true"));
    agattr(g, AGNODE, cstr("label"), cstr(""));
    agattr(g, AGEDGE, cstr("dir"), cstr("none")); // arrowheads are drawn by the painter
    agattr(g, AGNODE, cstr("style"), cstr(""));
    agattr(g, AGEDGE, cstr("style"), cstr(""));
    agattr(g, AGEDGE, cstr("minlen"), cstr("1"));
    Agsym_t *width = agattr(g, AGNODE, cstr("width"), cstr("0.75"));
    Agsym_t *height = agattr(g, AGNODE, cstr("height"), cstr("0.5"));
    Agsym_t *weight = agattr(g, AGEDGE, cstr("weight"), cstr("1"));

    std::vector<Agnode_t *> nodes(request.nodes.size());
    for (size_t n = 0; n < request.nodes.size(); ++n) {
        nodes[n] = agnode(g, QByteArray("n").append(QByteArray::number(qulonglong(n))).data(), 1);
        agxset(nodes[n], width, inches(request.nodes[n].size.width()).data());
        agxset(nodes[n], height, inches(request.nodes[n].size.height()).data());
    }
    std::vector<Agedge_t *> edges(request.edges.size(), nullptr);
    for (size_t k = 0; k < request.edges.size(); ++k) {
        const GraphLayoutRequest::Edge &e = request.edges[k];
        if (e.from < 0 || e.to < 0 || size_t(e.from) >= nodes.size() || size_t(e.to) >= nodes.size()
            || e.from == e.to)
            continue;
        // A name per edge: two links between the same pair are two edges.
        edges[k] = agedge(g, nodes[size_t(e.from)], nodes[size_t(e.to)],
            QByteArray("e").append(QByteArray::number(qulonglong(k))).data(), 1);
        if (e.weight != 1)
            agxset(edges[k], weight, QByteArray::number(std::max(0, e.weight)).data());
    }
    anchorBands(g, request, nodes);

    if (gvLayout(gvc, g, "dot") != 0) {
        result.error
            = QCoreApplication::translate("Cairn::Graph", "The graph could not be laid out: %1")
                  .arg(QString::fromLocal8Bit(g_errors).trimmed());
        agclose(g);
        return result;
    }
    const boxf bb = GD_bb(g);
    const qreal top = bb.UR.y;
    result.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (size_t n = 0; n < nodes.size(); ++n)
        result.centres[n] = QPointF(ND_coord(nodes[n]).x, top - ND_coord(nodes[n]).y);
    for (size_t k = 0; k < edges.size(); ++k) {
        if (!edges[k])
            continue;
        std::vector<QPointF> curve = curveOf(edges[k], top);
        // Graphviz may lay an edge out backwards (to break a cycle): turn it the right way.
        const QPointF tail = result.centres[size_t(request.edges[k].from)];
        if (curve.size() >= 2
            && QLineF(curve.front(), tail).length() > QLineF(curve.back(), tail).length())
            std::reverse(curve.begin(), curve.end());
        result.curves[k] = std::move(curve);
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    result.ok = true;
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace Cairn
