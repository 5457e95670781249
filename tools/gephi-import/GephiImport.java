// Opens a GEXF/GraphML file with Gephi's own importer (gephi-toolkit, headless) and prints what Gephi makes of
// it as one JSON line: node/edge counts, edge kinds, dynamic or not (and its time bounds), every import issue.
// Run: java -cp gephi-toolkit-0.10.1-all.jar tools/gephi-import/GephiImport.java FILE [NODE_ID...]
// (each NODE_ID given is reported with its label and aliases as Gephi parsed them).
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiImport {
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  public static void main(String[] args) throws Exception {
    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    pc.newProject();
    Workspace workspace = pc.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) throw new IllegalStateException("Gephi could not import " + args[0]);
    List<String> issues = new ArrayList<>();
    Iterator<Issue> it = container.getReport().getIssues(1000);
    while (it.hasNext()) {
      Issue issue = it.next();
      issues.add(quote(issue.getLevel() + ": " + issue.getMessage()));
    }
    importer.process(container, new DefaultProcessor(), workspace);
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    TreeSet<String> kinds = new TreeSet<>();
    for (Edge e : model.getGraph().getEdges()) kinds.add(String.valueOf(model.getEdgeTypeLabel(e.getType())));
    List<String> nodeColumns = new ArrayList<>();
    for (Column c : model.getNodeTable()) nodeColumns.add(quote(c.getTitle() + ":" + c.getTypeClass().getSimpleName()));
    int colored = 0;
    float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE;
    for (Node n : model.getGraph().getNodes()) {
      if (n.r() != 0 || n.g() != 0 || n.b() != 0) colored++;
      minX = Math.min(minX, n.x());
      maxX = Math.max(maxX, n.x());
    }
    List<String> probes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Node n = model.getGraph().getNode(args[i]);
      if (n == null) continue;
      List<String> aliases = new ArrayList<>();
      Object value = n.getAttribute("aliases");
      if (value instanceof String[]) for (String a : (String[]) value) aliases.add(quote(a));
      probes.add(quote(args[i]) + ":{\"label\":" + quote(n.getLabel()) + ",\"aliases\":[" + String.join(",", aliases) + "]}");
    }
    String bounds = "null";
    if (model.isDynamic()) {
      org.gephi.graph.api.Interval b = model.getTimeBounds();
      bounds = "[" + quote(java.time.Instant.ofEpochMilli((long) b.getLow()).toString().substring(0, 10)) + ","
          + quote(java.time.Instant.ofEpochMilli((long) b.getHigh()).toString().substring(0, 10)) + "]";
    }
    List<String> kindList = new ArrayList<>();
    for (String k : kinds) kindList.add(quote(k));
    System.out.println("{\"nodes\":" + model.getGraph().getNodeCount()
        + ",\"edges\":" + model.getGraph().getEdgeCount()
        + ",\"dynamic\":" + model.isDynamic()
        + ",\"timeBounds\":" + bounds
        + ",\"coloredNodes\":" + colored
        + ",\"xSpread\":" + (maxX - minX)
        + ",\"edgeKinds\":[" + String.join(",", kindList) + "]"
        + ",\"nodeColumns\":[" + String.join(",", nodeColumns) + "]"
        + ",\"probes\":{" + String.join(",", probes) + "}"
        + ",\"issues\":[" + String.join(",", issues) + "]}");
    System.exit(0);
  }
}
