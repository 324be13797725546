package org.k42j.examples.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.k42j.kernel.sim.SimResult;

/**
 * Draws a sweep's results as one PNG with JFreeChart: throughput (operations per microsecond of
 * virtual time, log scale) and mean latency (nanoseconds, log scale) against processors, one line
 * per workload.
 */
final class SimulationChart {
  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
  };

  private SimulationChart() {}

  /** Writes {@code results} to {@code png} at {@code width} x {@code height} pixels. */
  static void write(List<SimResult> results, String title, Path png, int width, int height)
      throws IOException {
    Map<String, XYSeries> throughput = new LinkedHashMap<>();
    Map<String, XYSeries> latency = new LinkedHashMap<>();
    for (SimResult result : results) {
      throughput
          .computeIfAbsent(result.workload(), XYSeries::new)
          .add(result.processors(), result.throughput() / 1e6);
      latency
          .computeIfAbsent(result.workload(), XYSeries::new)
          .add(result.processors(), result.meanLatencyNanos());
    }
    NumberAxis processors = new NumberAxis("processors");
    processors.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(processors);
    plot.setGap(12);
    XYPlot top = plot(throughput, "throughput (ops per µs, log)");
    plot.add(top, 3);
    plot.add(plot(latency, "mean latency (ns, log)"), 2);
    plot.setFixedLegendItems(top.getLegendItems()); // one entry per workload, not per subplot
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(
        new TextTitle(
            "virtual time; deterministic (same seed, same results)",
            new Font("SansSerif", Font.PLAIN, 11)));
    ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
  }

  private static XYPlot plot(Map<String, XYSeries> series, String label) {
    XYSeriesCollection data = new XYSeriesCollection();
    series.values().forEach(data::addSeries);
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(1e-3);
    axis.setTickUnit(new NumberTickUnit(1), false, true); // one tick per decade
    axis.setMinorTickCount(9);
    axis.setMinorTickMarksVisible(true);
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(data, null, axis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }
}
