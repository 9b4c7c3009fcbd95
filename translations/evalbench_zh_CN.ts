<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MetricDescription</name>
    <message>
        <source>BLEU (sacrebleu, 13a tokens, exp smoothing) of the answer against the ground truth.</source>
        <translation>回答相对参考答案的 BLEU（sacrebleu，13a 分词，exp 平滑）。</translation>
    </message>
    <message>
        <source>1 if the answer equals the ground truth after SQuAD normalisation, else 0.</source>
        <translation>经 SQuAD 规范化后回答与参考答案相同则为 1，否则为 0。</translation>
    </message>
    <message>
        <source>Average precision of the retrieved contexts, relevant when Levenshtein similarity to a reference context is at least 0.5.</source>
        <translation>检索上下文的平均精度；与某个参考上下文的 Levenshtein 相似度不低于 0.5 即视为相关。</translation>
    </message>
    <message>
        <source>Share of reference contexts found among the retrieved contexts (Levenshtein similarity &gt; 0.5).</source>
        <translation>参考上下文中被检索到的比例（Levenshtein 相似度 &gt; 0.5）。</translation>
    </message>
    <message>
        <source>ROUGE-L F-measure: longest common token subsequence of answer and ground truth.</source>
        <translation>ROUGE-L F 值：回答与参考答案的最长公共词元子序列。</translation>
    </message>
    <message>
        <source>1 minus the Levenshtein distance of answer and ground truth over the longer length.</source>
        <translation>1 减去回答与参考答案的 Levenshtein 距离除以较长者的长度。</translation>
    </message>
    <message>
        <source>Token-level F1 of the answer against the ground truth (SQuAD normalisation).</source>
        <translation>回答相对参考答案的词元级 F1（SQuAD 规范化）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>EvalBench</source>
        <translation>EvalBench</translation>
    </message>
    <message>
        <source>EvalBench cannot open its database</source>
        <translation>EvalBench 无法打开其数据库</translation>
    </message>
</context>
<context>
    <name>RunStatusLabel</name>
    <message>
        <source>importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>evalbench::MainWindow</name>
    <message>
        <source>EvalBench</source>
        <translation>EvalBench</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>新建评测</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running evaluation; the samples scored so far are kept</source>
        <translation>停止正在进行的评测；已评分的样本会保留</translation>
    </message>
    <message>
        <source>Importing the dataset…</source>
        <translation>正在导入数据集…</translation>
    </message>
    <message>
        <source>Scoring %1 of %2 samples</source>
        <translation>正在评分：%1 / %2 个样本</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation>评测完成。</translation>
    </message>
    <message>
        <source>Evaluation cancelled; the samples scored so far are kept.</source>
        <translation>评测已取消；已评分的样本已保留。</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>评测失败</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>评测失败。</translation>
    </message>
    <message>
        <source>An evaluation is running</source>
        <translation>评测正在进行</translation>
    </message>
    <message>
        <source>Stop the running evaluation and quit? The samples scored so far are kept.</source>
        <translation>停止正在进行的评测并退出？已评分的样本会保留。</translation>
    </message>
</context>
<context>
    <name>evalbench::MetricSummaryModel</name>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>evalbench::NewEvaluationPage</name>
    <message>
        <source>A .jsonl, .json or .csv file with question, answer, contexts, ground_truth…</source>
        <translation>包含 question、answer、contexts、ground_truth 等字段的 .jsonl、.json 或 .csv 文件…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Defaults to the file name</source>
        <translation>默认使用文件名</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>所需字段</translation>
    </message>
    <message>
        <source>Weight of this metric in the weighted score</source>
        <translation>该指标在加权得分中的权重</translation>
    </message>
    <message>
        <source>RAGAS-compatible formulas (reproduce RAGAS's BLEU/ROUGE quirks)</source>
        <translation>RAGAS 兼容公式（复现 RAGAS 的 BLEU/ROUGE 特殊行为）</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>开始评测</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>运行名称</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New evaluation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;新建评测&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Preview (first %1 records)</source>
        <translation>预览（前 %1 条记录）</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>数据集 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <source>; kept as metadata: %1</source>
        <translation>；作为元数据保留：%1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>contexts</source>
        <translation>contexts</translation>
    </message>
    <message>
        <source>ground_truth</source>
        <translation>ground_truth</translation>
    </message>
    <message>
        <source>reference_contexts</source>
        <translation>reference_contexts</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform></translation>
    </message>
    <message>
        <source>Needs %1, which this dataset does not have.</source>
        <translation>需要 %1，但此数据集中没有该字段。</translation>
    </message>
    <message>
        <source>Cannot start the evaluation</source>
        <translation>无法开始评测</translation>
    </message>
</context>
<context>
    <name>evalbench::ReportHeader</name>
    <message>
        <source>Weighted score: the weighted mean of the metrics that have a value</source>
        <translation>加权得分：所有有值指标的加权平均</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show the scores stored so far</source>
        <translation>显示目前已保存的得分</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <source>Semantics:</source>
        <translation>计算语义：</translation>
    </message>
    <message>
        <source>Run id: %1</source>
        <translation>运行 ID：%1</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>已评分 %1 / %2</translation>
    </message>
    <message>
        <source>created %1, finished %2</source>
        <translation>创建于 %1，完成于 %2</translation>
    </message>
    <message>
        <source>created %1, not finished</source>
        <translation>创建于 %1，尚未完成</translation>
    </message>
    <message>
        <source>(no file; source: %1)</source>
        <translation>（无文件；来源：%1）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>evalbench::ReportPage</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 文件 (*.%2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select a sample to see its details.</source>
        <translation>选择一个样本以查看详情。</translation>
    </message>
    <message>
        <source>Loading run %1…</source>
        <translation>正在加载运行 %1…</translation>
    </message>
    <message>
        <source>Run “%1” was not found. It may have been deleted; choose another run.</source>
        <translation>未找到运行“%1”。它可能已被删除，请选择其他运行。</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n sample(s)…</source>
        <translation>
            <numerusform>正在加载 %n 个样本…</numerusform></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder with this run's report files</source>
        <translation>打开此运行的报告文件所在文件夹</translation>
    </message>
    <message>
        <source>Open a run from the Runs page to see its report.</source>
        <translation>请在“运行记录”页面打开一个运行以查看报告。</translation>
    </message>
    <message>
        <source>Filter by id or question</source>
        <translation>按 ID 或问题筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample(s) match the filter</source>
        <translation>
            <numerusform>%n 个样本中有 %1 个符合筛选条件</numerusform></translation>
    </message>
    <message>
        <source>Loading sample…</source>
        <translation>正在加载样本…</translation>
    </message>
    <message>
        <source>Sample #%1 is no longer in the database.</source>
        <translation>样本 #%1 已不在数据库中。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>报告已导出到 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation>无法将报告写入 %1。

%2</translation>
    </message>
</context>
<context>
    <name>evalbench::RunListModel</name>
    <message>
        <source>importing %1%</source>
        <translation>导入中 %1%</translation>
    </message>
    <message>
        <source>running %1%</source>
        <translation>运行中 %1%</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
</context>
<context>
    <name>evalbench::RunsPage</name>
    <message>
        <source>New evaluation…</source>
        <translation>新建评测…</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Stop this run's evaluation; the samples scored so far are kept</source>
        <translation>停止此运行的评测；已评分的样本会保留</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No runs yet&lt;/h2&gt;&lt;p&gt;Score the bundled demo dataset (English and Chinese RAG answers) to see a complete report, or start a new evaluation from your own JSONL, JSON or CSV file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;还没有运行记录&lt;/h2&gt;&lt;p&gt;对内置的示例数据集（中英文 RAG 回答）评分即可看到完整报告，或者用您自己的 JSONL、JSON 或 CSV 文件新建评测。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score the demo dataset</source>
        <translation>为示例数据集评分</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;运行记录&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>示例数据集</translation>
    </message>
    <message>
        <source>RAG demo</source>
        <translation>RAG 示例</translation>
    </message>
</context>
<context>
    <name>evalbench::SampleDetailView</name>
    <message>
        <source>(not in the dataset)</source>
        <translation>（数据集中没有）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Sample %1 (#%2)</source>
        <translation>样本 %1（#%2）</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>NaN: %1</source>
        <translation>NaN：%1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>(none retrieved)</source>
        <translation>（未检索到）</translation>
    </message>
    <message>
        <source>Context %1</source>
        <translation>上下文 %1</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Reference contexts</source>
        <translation>参考上下文</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
</context>
<context>
    <name>evalbench::SampleListModel</name>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1：尚未评分</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>Weighted mean of the metrics that have a value</source>
        <translation>所有有值指标的加权平均</translation>
    </message>
</context>
</TS>