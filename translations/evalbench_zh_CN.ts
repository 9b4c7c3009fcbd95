<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
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
    <message>
        <source>Share of the answer&apos;s statements that the retrieved contexts support (LLM judge).</source>
        <translation>回答中的陈述被检索上下文支持的比例（LLM 评审）。</translation>
    </message>
    <message>
        <source>How closely questions regenerated from the answer match the asked question, zero when the answer is evasive (LLM judge and embeddings).</source>
        <translation>根据回答反向生成的问题与原问题的接近程度；回答含糊回避时为零（LLM 评审与向量嵌入）。</translation>
    </message>
    <message>
        <source>Average precision of the retrieved contexts, in rank order, judged useful for the ground truth (LLM judge).</source>
        <translation>按排名顺序计算的检索上下文平均精度，以其是否有助于得出参考答案为准（LLM 评审）。</translation>
    </message>
    <message>
        <source>Share of the ground truth&apos;s sentences that the retrieved contexts support (LLM judge).</source>
        <translation>参考答案中的句子被检索上下文支持的比例（LLM 评审）。</translation>
    </message>
    <message>
        <source>F1 of the answer&apos;s statements against the ground truth&apos;s, blended with their semantic similarity (LLM judge and embeddings).</source>
        <translation>回答陈述相对参考答案陈述的 F1，并与二者的语义相似度加权结合（LLM 评审与向量嵌入）。</translation>
    </message>
    <message>
        <source>Cosine similarity of the answer&apos;s and the ground truth&apos;s embeddings.</source>
        <translation>回答与参考答案向量嵌入的余弦相似度。</translation>
    </message>
    <message>
        <source>G-Eval: the judge scores the answer 1 to 5 against the run&apos;s criteria, normalised to 0 to 1 (LLM judge).</source>
        <translation>G-Eval：评审模型按本次运行的标准给回答打 1 到 5 分，并归一化到 0 到 1（LLM 评审）。</translation>
    </message>
    <message>
        <source>Share of the retrieved contexts that the answer contradicts; lower is better (LLM judge).</source>
        <translation>与回答相矛盾的检索上下文所占比例；越低越好（LLM 评审）。</translation>
    </message>
</context>
<context>
    <name>MlChartFactory</name>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>F1 of the %1 labels with the most support (of %2)</source>
        <translation>支持数最多的 %1 个标签的 F1（共 %2 个）</translation>
    </message>
    <message>
        <source>F1 per class</source>
        <translation>各类别 F1</translation>
    </message>
    <message>
        <source>AP @[.50:.95]</source>
        <translation>AP @[.50:.95]</translation>
    </message>
    <message>
        <source>AP @.50</source>
        <translation>AP @.50</translation>
    </message>
    <message>
        <source>AP of the %1 categories with the most ground truth (of %2)</source>
        <translation>真实框最多的 %1 个类别的 AP（共 %2 个）</translation>
    </message>
    <message>
        <source>AP per category</source>
        <translation>各类别 AP</translation>
    </message>
</context>
<context>
    <name>MlMetricDescriptions</name>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>unweighted mean over the labels</source>
        <translation>各标签的不加权平均</translation>
    </message>
    <message>
        <source>from the counts pooled over all labels</source>
        <translation>由所有标签合并的计数计算</translation>
    </message>
    <message>
        <source>mean over the labels weighted by support</source>
        <translation>按支持数加权的各标签平均</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>metric, how it is averaged</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Average Precision (AP) @[ IoU=%1 | area=%2 | maxDets=%3 ]</source>
        <translation>平均精度 (AP) @[ IoU=%1 | area=%2 | maxDets=%3 ]</translation>
    </message>
    <message>
        <source>Average Recall (AR) @[ IoU=%1 | area=%2 | maxDets=%3 ]</source>
        <translation>平均召回率 (AR) @[ IoU=%1 | area=%2 | maxDets=%3 ]</translation>
    </message>
    <message>
        <source>Share of samples whose predicted label is the true one.</source>
        <translation>预测标签与真实标签相同的样本比例。</translation>
    </message>
    <message>
        <source>Number of samples scored.</source>
        <translation>参与评分的样本数。</translation>
    </message>
    <message>
        <source>Number of labels, true or predicted.</source>
        <translation>标签数（真实或预测中出现的）。</translation>
    </message>
    <message>
        <source>Root mean squared error, in the unit of the target; lower is better.</source>
        <translation>均方根误差，单位与目标值相同；越低越好。</translation>
    </message>
    <message>
        <source>Mean squared error, in the unit of the target squared; lower is better.</source>
        <translation>均方误差，单位为目标值单位的平方；越低越好。</translation>
    </message>
    <message>
        <source>Mean absolute error, in the unit of the target; lower is better.</source>
        <translation>平均绝对误差，单位与目标值相同；越低越好。</translation>
    </message>
    <message>
        <source>R²: 1 is a perfect fit, 0 is no better than predicting the mean, and it can be negative (worse than the mean).</source>
        <translation>R²：1 表示完全拟合，0 表示不比预测均值更好，也可能为负（比预测均值更差）。</translation>
    </message>
    <message>
        <source>Mean absolute percentage error as a fraction, not a percentage: 0.05 means 5%; lower is better.</source>
        <translation>平均绝对百分比误差，以小数而非百分数表示：0.05 即 5%；越低越好。</translation>
    </message>
    <message>
        <source>VOC-style mean AP (all-point interpolation) over the categories with ground truth.</source>
        <translation>VOC 风格的平均 AP（全点插值），对有真实框的类别取平均。</translation>
    </message>
    <message>
        <source>Same as voc_map (AutoScorer&apos;s name for it).</source>
        <translation>同 voc_map（AutoScorer 中的名称）。</translation>
    </message>
    <message>
        <source>Number of images evaluated.</source>
        <translation>参与评估的图像数。</translation>
    </message>
    <message>
        <source>Number of ground-truth boxes.</source>
        <translation>真实框数量。</translation>
    </message>
    <message>
        <source>Number of detections.</source>
        <translation>检测框数量。</translation>
    </message>
    <message>
        <source>Number of categories.</source>
        <translation>类别数。</translation>
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
    <name>ReportPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReportSummaryText</name>
    <message>
        <source>**%1** (run %2)</source>
        <translation>**%1**（运行 %2）</translation>
    </message>
    <message>
        <source>Weighted score: %1</source>
        <translation>加权得分：%1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>- %1: not aggregated yet</source>
        <translation>- %1：尚未汇总</translation>
    </message>
    <message>
        <source>- %1: %2 (%3 scored, %4 skipped, %5 NaN)</source>
        <translation>- %1：%2（已评分 %3，已跳过 %4，NaN %5）</translation>
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
    <name>ScorerDescription</name>
    <message>
        <source>Share of ids whose predicted label equals the true one; also precision, recall and F1 per class and averaged, and the confusion matrix (scikit-learn semantics).</source>
        <translation>预测标签与真实标签相同的 id 所占比例；另给出各类别及平均的精确率、召回率和 F1，以及混淆矩阵（与 scikit-learn 语义一致）。</translation>
    </message>
    <message>
        <source>F1 averaged over the labels (macro by default, or micro / weighted); also accuracy, per-class precision / recall / F1 / support and the confusion matrix (scikit-learn semantics, zero division scores 0).</source>
        <translation>对各标签求平均的 F1（默认 macro，也可 micro / weighted）；另给出准确率、各类别的精确率 / 召回率 / F1 / 样本数以及混淆矩阵（与 scikit-learn 语义一致，除以零时记为 0）。</translation>
    </message>
    <message>
        <source>Root mean squared error (lower is better); also MSE, MAE, R² and MAPE as a fraction (scikit-learn semantics).</source>
        <translation>均方根误差（越低越好）；另给出 MSE、MAE、R² 以及以小数表示的 MAPE（与 scikit-learn 语义一致）。</translation>
    </message>
    <message>
        <source>COCO bbox evaluation as pycocotools computes it: AP@[.50:.95] headline and the 12 summary stats, per-category AP and precision-recall curves, plus VOC-style mAP (all-point).</source>
        <translation>与 pycocotools 计算方式完全一致的 COCO 边界框评估：以 AP@[.50:.95] 为主指标，给出 12 项汇总统计、各类别 AP 和精确率-召回率曲线，以及 VOC 风格的 mAP（全点插值）。</translation>
    </message>
</context>
<context>
    <name>ScorerName</name>
    <message>
        <source>Classification accuracy</source>
        <translation>分类准确率</translation>
    </message>
    <message>
        <source>Classification F1</source>
        <translation>分类 F1</translation>
    </message>
    <message>
        <source>Regression RMSE</source>
        <translation>回归 RMSE</translation>
    </message>
    <message>
        <source>Detection mAP (COCO)</source>
        <translation>检测 mAP（COCO）</translation>
    </message>
</context>
<context>
    <name>evalbench::AdvicePanel</name>
    <message>
        <source>Loading advice…</source>
        <translation>正在加载优化建议…</translation>
    </message>
    <message>
        <source>This run has no optimization advice (it is written when a run finishes).</source>
        <translation>此运行没有优化建议（建议在运行结束时生成）。</translation>
    </message>
</context>
<context>
    <name>evalbench::AgreementModel</name>
    <message>
        <source>Overall (weighted score)</source>
        <translation>总体（加权得分）</translation>
    </message>
    <message>
        <source>Needs at least two annotated samples with a score for this metric</source>
        <translation>需要至少两个已标注且该指标有得分的样本</translation>
    </message>
    <message>
        <source>Samples with both a human score and a score from the run</source>
        <translation>既有人工评分又有运行得分的样本</translation>
    </message>
    <message>
        <source>Spearman rank correlation of the human and the run&apos;s scores (ties share ranks)</source>
        <translation>人工评分与运行得分的 Spearman 等级相关系数（并列值共享秩次）</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa on pass / fail, pass meaning a score of at least the threshold</source>
        <translation>按通过 / 未通过计算的 Cohen&apos;s kappa；得分不低于阈值即为通过</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>样本对数</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Kappa (≥ %1)</source>
        <translation>Kappa（≥ %1）</translation>
    </message>
</context>
<context>
    <name>evalbench::AgreementView</name>
    <message>
        <source>&lt;b&gt;Human vs run agreement&lt;/b&gt;</source>
        <translation>&lt;b&gt;人工与运行的一致性&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A score of at least this passes, for Cohen&apos;s kappa</source>
        <translation>计算 Cohen&apos;s kappa 时，得分不低于此值即为通过</translation>
    </message>
    <message>
        <source>Pass at</source>
        <translation>通过阈值</translation>
    </message>
    <message>
        <source>No sample is annotated yet. Score samples by hand below to see whether the judge can be trusted.</source>
        <translation>尚无已标注的样本。请在下方手动为样本评分，以判断评审模型是否可信。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) annotated by hand.</source>
        <translation>
            <numerusform>已手动标注 %n 个样本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalbench::AnnotationEditor</name>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Thumb up: save a score of 1</source>
        <translation>点赞：保存得分 1</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Thumb down: save a score of 0</source>
        <translation>点踩：保存得分 0</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>e.g. hallucination, correct, off-topic</source>
        <translation>例如：幻觉、正确、离题</translation>
    </message>
    <message>
        <source>Why, in a sentence</source>
        <translation>用一句话说明原因</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove this sample&apos;s annotation for the chosen metric</source>
        <translation>删除此样本在所选指标上的标注</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>标注对象</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;你的评判&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Select a sample to annotate it.</source>
        <translation>选择一个样本以进行标注。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>This sample has no annotation yet.</source>
        <translation>此样本尚无标注。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiJobListModel</name>
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
    <message>
        <source>%1

Answer: %2</source>
        <translation>%1

回答：%2</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 毫秒</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiJudgeSelector</name>
    <message>
        <source>The LLM profile that judges posts asking for judged metrics (faithfulness, …). A post&apos;s judge_model replaces the profile&apos;s model.</source>
        <translation>为请求评审类指标（faithfulness 等）的提交进行评审的 LLM 配置。提交中的 judge_model 会替换该配置的模型。</translation>
    </message>
    <message>
        <source>No judge: judged metrics in posts are NaN</source>
        <translation>不使用评审模型：提交中的评审类指标为 NaN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading the key of %1…</source>
        <translation>正在读取 %1 的密钥…</translation>
    </message>
    <message>
        <source>Posts are scored with the offline metrics; judged ones are NaN until a profile is chosen.</source>
        <translation>提交仅用离线指标评分；在选择配置之前，评审类指标均为 NaN。</translation>
    </message>
    <message>
        <source>Posts asking for judged metrics are judged by %1 at %2.</source>
        <translation>请求评审类指标的提交由 %2 上的 %1 评审。</translation>
    </message>
    <message>
        <source>Its key could not be read (%1): calls go without one.</source>
        <translation>无法读取其密钥（%1）：调用时将不带密钥。</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiKeyStore</name>
    <message>
        <source>No system keychain: the API key is stored in %1, readable only by you.</source>
        <translation>没有系统钥匙串：API 密钥保存在 %1 中，仅你本人可读。</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>系统钥匙串拒绝了操作：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiRequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiServer</name>
    <message>
        <source>Listening on %1 lets other machines post to EvalBench, so it needs a token: set one (evalbench serve --token, or EVALBENCH_API_TOKEN), or listen on 127.0.0.1.</source>
        <translation>在 %1 上监听会让其他机器可以向 EvalBench 提交数据，因此需要令牌：请设置一个（evalbench serve --token，或 EVALBENCH_API_TOKEN），或改为监听 127.0.0.1。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3. Another program (or another EvalBench) may be using the port: choose another one (evalbench serve --port N) or stop that program.</source>
        <translation>无法在 %1:%2 上监听：%3。可能有其他程序（或另一个 EvalBench）正在使用该端口：请换一个端口（evalbench serve --port N）或停止该程序。</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiServerPage</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Empty the request log and reset the counters</source>
        <translation>清空请求日志并将计数器归零</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt; (the last %L1, newest first)</source>
        <translation>&lt;b&gt;请求&lt;/b&gt;（最近 %L1 条，最新的在前）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;API server&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;API 服务&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>127.0.0.1: only programs on this machine; 0.0.0.0: every network interface; 172.17.0.1: the Docker bridge on Linux</source>
        <translation>127.0.0.1：仅限本机程序；0.0.0.0：所有网络接口；172.17.0.1：Linux 上的 Docker 网桥</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>none: no authentication (loopback only)</source>
        <translation>无：不验证身份（仅限本机回环地址）</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Make a new random token; Dify must then send the new one</source>
        <translation>生成新的随机令牌；之后 Dify 必须发送新令牌</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Listener for Dify</source>
        <translation>Dify 监听服务</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Accepted jobs</source>
        <translation>已接收作业</translation>
    </message>
    <message>
        <source>Queued now</source>
        <translation>当前排队</translation>
    </message>
    <message>
        <source>⚠ “%1” is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).</source>
        <translation>⚠ “%1”不是 IP 地址（例如 127.0.0.1 或 0.0.0.0）。</translation>
    </message>
    <message>
        <source>Only programs on this machine can connect.</source>
        <translation>只有本机上的程序可以连接。</translation>
    </message>
    <message>
        <source>⚠ Other machines can connect to this address: it requires a token (Generate one below).</source>
        <translation>⚠ 其他机器可以连接此地址：必须设置令牌（在下方生成）。</translation>
    </message>
    <message>
        <source>Other machines can connect to this address; every request must carry the token.</source>
        <translation>其他机器可以连接此地址；每个请求都必须携带令牌。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>A token is required to listen on %1: generate one, or listen on 127.0.0.1.</source>
        <translation>在 %1 上监听需要令牌：请生成一个，或改为监听 127.0.0.1。</translation>
    </message>
    <message>
        <source>⚠ Not listening: %1</source>
        <translation>⚠ 未在监听：%1</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Listening on %1 (no token)</source>
        <translation>正在监听 %1（无令牌）</translation>
    </message>
    <message>
        <source>Listening on %1 (token required)</source>
        <translation>正在监听 %1（需要令牌）</translation>
    </message>
    <message>
        <source>Off. Turn it on to accept scoring requests from Dify workflows.</source>
        <translation>已关闭。开启后即可接收 Dify 工作流的评分请求。</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审模型</translation>
    </message>
</context>
<context>
    <name>evalbench::ApiStatusIndicator</name>
    <message numerus="yes">
        <source>API: listening on %1:%2 · %n queued</source>
        <translation>
            <numerusform>API：正在监听 %1:%2 · %n 个排队中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalbench::ChangeCountModel</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>无法比较</translation>
    </message>
</context>
<context>
    <name>evalbench::ChangeTints</name>
    <message>
        <source>Improved</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>无法比较</translation>
    </message>
</context>
<context>
    <name>evalbench::CocoStatsModel</name>
    <message>
        <source>No ground truth in this area range (pycocotools reports -1)</source>
        <translation>此面积范围内没有真实框（pycocotools 报告为 -1）</translation>
    </message>
    <message>
        <source>COCO summary</source>
        <translation>COCO 汇总</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>evalbench::ComparePage</name>
    <message>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Markdown 文件 (*.md);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s)…</source>
        <translation>
            <numerusform>正在对比 %n 个运行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing against the new baseline…</source>
        <translation>正在与新的基线对比…</translation>
    </message>
    <message>
        <source>Choose at least two runs on the Runs page to compare them.</source>
        <translation>请在“运行记录”页面选择至少两个运行进行对比。</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>%1: %2 samples matched by id; %3 only in the baseline, %4 only in this run.</source>
        <translation>%1：按 id 匹配了 %2 个样本；%3 个仅在基线中，%4 个仅在此运行中。</translation>
    </message>
    <message>
        <source>%1: %2 samples matched by question (the ids differ); %3 only in the baseline, %4 only in this run.</source>
        <translation>%1：按问题匹配了 %2 个样本（id 不同）；%3 个仅在基线中，%4 个仅在此运行中。</translation>
    </message>
    <message>
        <source>Not in the database any more: %1</source>
        <translation>已不在数据库中：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison-%1</source>
        <translation>对比-%1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Comparison exported to %1</source>
        <translation>对比已导出到 %1</translation>
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
        <source>The comparison could not be written to %1.

%2</source>
        <translation>无法将对比写入 %1。

%2</translation>
    </message>
    <message>
        <source>The run the others are compared against</source>
        <translation>其他运行与之对比的运行</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <source>Select two or more runs on the Runs page and choose Compare.</source>
        <translation>在“运行记录”页面选择两个或更多运行，然后点击“对比”。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Compare runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;运行对比&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Regressions only</source>
        <translation>仅显示下降</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Double-click a row to open that sample in the run&apos;s report</source>
        <translation>双击一行可在该运行的报告中打开此样本</translation>
    </message>
</context>
<context>
    <name>evalbench::ComparisonChart</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
</context>
<context>
    <name>evalbench::ComparisonItemModel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>evalbench::ConfusionMatrixModel</name>
    <message>
        <source>true %1 predicted as %2: %3 (no sample is truly %1)</source>
        <translation>真实为 %1、预测为 %2：%3（没有真实为 %1 的样本）</translation>
    </message>
    <message>
        <source>true %1 predicted as %2: %3 (%4% of %1)</source>
        <translation>真实为 %1、预测为 %2：%3（占 %1 的 %4%）</translation>
    </message>
    <message>
        <source>True label: %1</source>
        <translation>真实标签：%1</translation>
    </message>
    <message>
        <source>Predicted label: %1</source>
        <translation>预测标签：%1</translation>
    </message>
</context>
<context>
    <name>evalbench::DefaultMetricsEditor</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Weight of this metric in the weighted score</source>
        <translation>该指标在加权得分中的权重</translation>
    </message>
</context>
<context>
    <name>evalbench::DifySetupPanel</name>
    <message>
        <source>Docker Desktop (macOS, Windows)</source>
        <translation>Docker Desktop（macOS、Windows）</translation>
    </message>
    <message>
        <source>Docker Engine on Linux</source>
        <translation>Linux 上的 Docker Engine</translation>
    </message>
    <message>
        <source>On this machine, without Docker</source>
        <translation>本机，不使用 Docker</translation>
    </message>
    <message>
        <source>Dify runs in</source>
        <translation>Dify 运行于</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>鉴权</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>JSON, the whole body being the Code node&apos;s payload (type / to insert it):</source>
        <translation>JSON，整个请求体就是代码节点的 payload（输入 / 插入变量）：</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connect 10 s, read 30 s, write 30 s (the listener answers 202 at once; scoring happens afterwards)</source>
        <translation>连接 10 秒，读取 30 秒，写入 30 秒（监听服务立即返回 202；评分随后进行）</translation>
    </message>
    <message>
        <source>Retry on failure</source>
        <translation>失败重试</translation>
    </message>
    <message>
        <source>may stay on (Dify&apos;s default: 3 retries): the payload&apos;s %1, built from %2, makes a repeated post return the first job instead of scoring twice</source>
        <translation>可以保持开启（Dify 默认重试 3 次）：payload 中由 %2 生成的 %1 使重复提交返回第一次的作业，而不会重复评分</translation>
    </message>
    <message>
        <source>Error handling</source>
        <translation>异常处理</translation>
    </message>
    <message>
        <source>“Default value”, with the node on a side branch, so a scoring problem never fails the workflow</source>
        <translation>选择“默认值”，并把该节点放在旁路分支上，这样评分出问题也不会让工作流失败</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code node&lt;/b&gt; (Python 3), before the HTTP Request node. Input variables: %1 ← %2, %3 ← the Knowledge Retrieval node&apos;s %4, %5 ← the LLM node&apos;s %6, %7 ← %8. Output variable: %9, type Object.</source>
        <translation>&lt;b&gt;代码节点&lt;/b&gt;（Python 3），放在 HTTP 请求节点之前。输入变量：%1 ← %2，%3 ← 知识检索节点的 %4，%5 ← LLM 节点的 %6，%7 ← %8。输出变量：%9，类型 Object。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-hosted Dify (docker compose)&lt;/b&gt; sends every HTTP Request node through its %1 container, which blocks private addresses (since v1.15). Add %2 (on Linux: %3) to %4, then recreate the proxy with %5 — a restart is not enough. Use %6: the proxy only tunnels %7 to port 443. Dify Cloud can only reach a public URL (e.g. a tunnel), and then the token is essential.</source>
        <translation>&lt;b&gt;自托管 Dify（docker compose）&lt;/b&gt;的每个 HTTP 请求节点都经由 %1 容器发出，该容器（自 v1.15 起）会拦截私有地址。请在 %4 中加入 %2（Linux 上为 %3），然后用 %5 重新创建代理——仅重启不够。请使用 %6：代理只允许 %7 连接 443 端口。Dify Cloud 只能访问公网 URL（例如通过隧道），此时令牌必不可少。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dify setup&lt;/h3&gt;Settings of the workflow&apos;s &lt;b&gt;HTTP Request&lt;/b&gt; node:</source>
        <translation>&lt;h3&gt;Dify 配置&lt;/h3&gt;工作流中 &lt;b&gt;HTTP 请求&lt;/b&gt;节点的设置：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Dify&apos;s containers cannot reach 127.0.0.1 of this machine: set the listener&apos;s address to the Docker bridge gateway (%1, see %2) or to 0.0.0.0, with a token.</source>
        <translation>Dify 的容器无法访问本机的 127.0.0.1：请把监听地址设为 Docker 网桥网关（%1，见 %2）或 0.0.0.0，并设置令牌。</translation>
    </message>
    <message>
        <source>API-Key, type Bearer, API Key: the listener&apos;s token</source>
        <translation>API-Key，类型 Bearer，API Key：监听服务的令牌</translation>
    </message>
    <message>
        <source>No Auth (the listener has no token)</source>
        <translation>无鉴权（监听服务未设置令牌）</translation>
    </message>
</context>
<context>
    <name>evalbench::JudgeOptionsGroup</name>
    <message>
        <source>Judge</source>
        <translation>评审模型</translation>
    </message>
    <message>
        <source>Auto (from the dataset)</source>
        <translation>自动（根据数据集）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Language of the judge&apos;s prompts</source>
        <translation>评审提示词的语言</translation>
    </message>
    <message>
        <source>Fresh judge calls (ignore the cache)</source>
        <translation>重新调用评审模型（忽略缓存）</translation>
    </message>
    <message>
        <source>What the rubric metric should judge, e.g. helpful, polite, cites its sources</source>
        <translation>评分标准指标要评判的内容，例如：有帮助、礼貌、注明出处</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Rubric criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估</translation>
    </message>
    <message>
        <source>No judge (offline metrics only)</source>
        <translation>不使用评审模型（仅离线指标）</translation>
    </message>
    <message>
        <source>Choose LLM metrics to see the judge work.</source>
        <translation>选择 LLM 指标后可查看评审工作量。</translation>
    </message>
    <message>
        <source>No judge: only offline metrics are scored.</source>
        <translation>未选择评审模型：只计算离线指标。</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>≈ %1 judge calls (%2 embedding), ≈ %3 tokens</source>
        <translation>≈ %1 次评审调用（其中 %2 次向量嵌入），≈ %3 个词元</translation>
    </message>
    <message>
        <source>, ≈ %1 (at the profile&apos;s prices)</source>
        <translation>，≈ %1（按该配置的价格）</translation>
    </message>
    <message>
        <source>Counted up to a bad record: %1</source>
        <translation>统计到一条错误记录为止：%1</translation>
    </message>
</context>
<context>
    <name>evalbench::JudgeProfileForm</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Qwen / DashScope (compatible mode)</source>
        <translation>通义千问 / DashScope（兼容模式）</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, local qwen</source>
        <translation>例如 gpt-4o-mini、本地 qwen</translation>
    </message>
    <message>
        <source>Up to and including /v1</source>
        <translation>包含末尾的 /v1</translation>
    </message>
    <message>
        <source>Azure OpenAI only, e.g. 2024-06-01</source>
        <translation>仅用于 Azure OpenAI，例如 2024-06-01</translation>
    </message>
    <message>
        <source>Optional: answer relevancy, answer correctness and semantic similarity need it</source>
        <translation>可选：回答相关性、回答正确性和语义相似度需要它</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>显示或隐藏 API 密钥</translation>
    </message>
    <message>
        <source>RAGAS default (0.01, 0.3 for several completions)</source>
        <translation>RAGAS 默认（0.01，多个候选时为 0.3）</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>Server default (reasoning models)</source>
        <translation>服务器默认（推理模型）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <source>Chat model</source>
        <translation>对话模型</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大词元数</translation>
    </message>
    <message>
        <source>Price per 1k input tokens</source>
        <translation>每千输入词元价格</translation>
    </message>
    <message>
        <source>Price per 1k output tokens</source>
        <translation>每千输出词元价格</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Leave empty for servers without a key</source>
        <translation>服务器不需要密钥时留空</translation>
    </message>
    <message>
        <source>Unchanged (type to replace, clear to remove)</source>
        <translation>未更改（输入以替换，清空以删除）</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为该配置命名。</translation>
    </message>
    <message>
        <source>Expected http(s)://host[:port]/v1, e.g. http://localhost:11434/v1.</source>
        <translation>应为 http(s)://主机[:端口]/v1，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>Name the model the judge should use.</source>
        <translation>请填写评审要使用的模型名称。</translation>
    </message>
    <message>
        <source>Another profile already has this name; choose another.</source>
        <translation>已有同名配置，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>evalbench::JudgeProfileListModel</name>
    <message>
        <source>%1 — %2 @ %3</source>
        <translation>%1 — %2 @ %3</translation>
    </message>
</context>
<context>
    <name>evalbench::JudgeProfileRepository</name>
    <message>
        <source>The profile was saved, but not its API key: %1</source>
        <translation>配置已保存，但其 API 密钥未保存：%1</translation>
    </message>
    <message>
        <source>The profile was deleted, but not its API key: %1</source>
        <translation>配置已删除，但其 API 密钥未删除：%1</translation>
    </message>
</context>
<context>
    <name>evalbench::LlmProfilesPage</name>
    <message>
        <source>Delete the profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Send one short chat request with these settings</source>
        <translation>用这些设置发送一次简短的对话请求</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LLM profiles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LLM 配置&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoints the LLM judge can use. API keys are kept in the system keychain, never in the database.</source>
        <translation>LLM 评审可使用的 OpenAI 兼容端点。API 密钥保存在系统钥匙串中，绝不写入数据库。</translation>
    </message>
    <message>
        <source>Connected in %L1 ms. The model answered: %2</source>
        <translation>连接成功，用时 %L1 毫秒。模型回答：%2</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>（空回答）</translation>
    </message>
    <message>
        <source>Failed after %L1 ms: %2</source>
        <translation>%L1 毫秒后失败：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;New profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;新建配置&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;编辑“%1”&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored API key?</source>
        <translation>删除配置“%1”及其保存的 API 密钥？</translation>
    </message>
    <message>
        <source>Cannot delete the profile</source>
        <translation>无法删除配置</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
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
    <message>
        <source>Model scoring</source>
        <translation>模型评分</translation>
    </message>
    <message>
        <source>Scoring the workspace…</source>
        <translation>正在为工作区评分…</translation>
    </message>
    <message>
        <source>Score jobs</source>
        <translation>评分作业</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API 服务</translation>
    </message>
    <message>
        <source>LLM profiles</source>
        <translation>LLM 配置</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>New evaluation…</source>
        <translation>新建评测…</translation>
    </message>
</context>
<context>
    <name>evalbench::MetricAverageChart</name>
    <message>
        <source>Mean per metric</source>
        <translation>各指标平均值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
</context>
<context>
    <name>evalbench::MetricCard</name>
    <message>
        <source>not aggregated yet</source>
        <translation>尚未汇总</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>%1 scored, %2 skipped</source>
        <translation>已评分 %1，已跳过 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n NaN</source>
        <translation>
            <numerusform>%n 个 NaN</numerusform>
        </translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未给出原因）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more reason(s)</source>
        <translation>
            <numerusform>另有 %n 个原因</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalbench::MetricDeltaModel</name>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>A higher value is better</source>
        <translation>数值越高越好</translation>
    </message>
    <message>
        <source>A lower value is better</source>
        <translation>数值越低越好</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>更优方向</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
</context>
<context>
    <name>evalbench::MetricScatterChart</name>
    <message>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>%1 — showing %2 of %3 samples</source>
        <translation>%1 — 显示 %2 / %3 个样本</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sample(s)</source>
        <translation>
            <numerusform>%1 — %n 个样本</numerusform>
        </translation>
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
    <name>evalbench::MlMetricsModel</name>
    <message>
        <source>Undefined for this input (null in result.json)</source>
        <translation>对此输入无定义（result.json 中为 null）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>evalbench::MlResultHeader</name>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Object detection</source>
        <translation>目标检测</translation>
    </message>
    <message>
        <source>Custom scorer</source>
        <translation>自定义评分器</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Unnamed scorer</source>
        <translation>未命名评分器</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scorer id, version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation>%1（越高越好）</translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation>%1（越低越好）</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>threshold ≥ %1</source>
        <translation>阈值 ≥ %1</translation>
    </message>
    <message>
        <source>threshold ≤ %1</source>
        <translation>阈值 ≤ %1</translation>
    </message>
    <message>
        <source>Warnings from the scorer:</source>
        <translation>评分器的警告：</translation>
    </message>
</context>
<context>
    <name>evalbench::MlResultView</name>
    <message>
        <source>0%</source>
        <translation>0%</translation>
    </message>
    <message>
        <source>100% of the true label&apos;s samples</source>
        <translation>该真实标签样本的 100%</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>COCO summary</source>
        <translation>COCO 汇总</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>精确率–召回率</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rows: true label. Columns: predicted label. Colour: the cell&apos;s share of its row (darker is more). Hover a cell for details.</source>
        <translation>行：真实标签。列：预测标签。颜色：单元格占其所在行的比例（越深越多）。悬停单元格可查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>The confusion matrix is not drawn: with %n labels its cells would be too small to read. The per-class table has each label&apos;s TP, FP and FN.</source>
        <translation>
            <numerusform>未绘制混淆矩阵：共有 %n 个标签，单元格会小得无法阅读。各标签的 TP、FP 和 FN 见“按类别”表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scorer omitted the confusion matrix (%1). The per-class table has each label&apos;s TP, FP and FN.</source>
        <translation>评分器省略了混淆矩阵（%1）。各标签的 TP、FP 和 FN 见“按类别”表格。</translation>
    </message>
    <message>
        <source>This result has no confusion matrix.</source>
        <translation>此结果没有混淆矩阵。</translation>
    </message>
</context>
<context>
    <name>evalbench::ModelScoringPage</name>
    <message>
        <source>Score a model&apos;s outputs the way AutoScorer does: a workspace folder with meta.json, input/gt.csv or input/gt.json (ground truth) and output/pred.csv or output/pred.json (predictions). The result is written to output/result.json and kept as a run.</source>
        <translation>按 AutoScorer 的方式为模型输出评分：工作区文件夹中包含 meta.json、input/gt.csv 或 input/gt.json（真实标注），以及 output/pred.csv 或 output/pred.json（预测结果）。结果写入 output/result.json，并保存为一次运行。</translation>
    </message>
    <message>
        <source>The workspace folder (it holds meta.json, input/ and output/)</source>
        <translation>工作区文件夹（包含 meta.json、input/ 和 output/）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Defaults to the workspace folder&apos;s name</source>
        <translation>默认使用工作区文件夹的名称</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>评分器</translation>
    </message>
    <message>
        <source>Params (JSON)</source>
        <translation>参数（JSON）</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>运行名称</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Check the workspace files again, e.g. after fixing one</source>
        <translation>重新检查工作区文件，例如在修复某个文件之后</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop scoring; nothing is stored</source>
        <translation>停止评分；不会保存任何内容</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>As meta.json says</source>
        <translation>按 meta.json 指定</translation>
    </message>
    <message>
        <source>As meta.json says (%1)</source>
        <translation>按 meta.json 指定（%1）</translation>
    </message>
    <message>
        <source>%1 — %2 (custom, %3)</source>
        <translation>%1 — %2（自定义，%3）</translation>
    </message>
    <message>
        <source>Choose a workspace: its meta.json names the scorer.</source>
        <translation>请选择工作区：由其中的 meta.json 指定评分器。</translation>
    </message>
    <message>
        <source>%1
Params: %2</source>
        <translation>%1
参数：%2</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>选择工作区文件夹</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at character %2). Write an object such as {&quot;average&quot;: &quot;macro&quot;}.</source>
        <translation>不是有效的 JSON（第 %2 个字符处：%1）。请写成对象，例如 {&quot;average&quot;: &quot;macro&quot;}。</translation>
    </message>
    <message>
        <source>Params must be a JSON object such as {&quot;average&quot;: &quot;macro&quot;}.</source>
        <translation>参数必须是 JSON 对象，例如 {&quot;average&quot;: &quot;macro&quot;}。</translation>
    </message>
    <message>
        <source>Optional, e.g. {&quot;average&quot;: &quot;weighted&quot;}; applied over meta.json&apos;s params</source>
        <translation>可选，例如 {&quot;average&quot;: &quot;weighted&quot;}；会覆盖 meta.json 中的参数</translation>
    </message>
    <message>
        <source>meta.json: %1 — anything written here is applied over it</source>
        <translation>meta.json：%1 — 此处填写的内容会覆盖其中的同名参数</translation>
    </message>
    <message>
        <source>Params box: %1</source>
        <translation>参数框：%1</translation>
    </message>
    <message>
        <source>Choose a workspace folder to check it.</source>
        <translation>请选择一个工作区文件夹以进行检查。</translation>
    </message>
    <message>
        <source>Ready: %1 can score this workspace (%2).</source>
        <translation>就绪：%1 可以为此工作区评分（%2）。</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>Scored; the result is in output/result.json and the run is stored.</source>
        <translation>评分完成；结果已写入 output/result.json，运行已保存。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>评分失败：%1</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>object detection</source>
        <translation>目标检测</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
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
        <source>RAGAS-compatible formulas (reproduce RAGAS&apos;s BLEU/ROUGE quirks)</source>
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
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs %1, which this dataset does not have.</source>
        <translation>需要 %1，但此数据集中没有该字段。</translation>
    </message>
    <message>
        <source>Cannot start the evaluation</source>
        <translation>无法开始评测</translation>
    </message>
    <message>
        <source>Needs an LLM judge: add one on the LLM profiles page.</source>
        <translation>需要 LLM 评审：请在“LLM 配置”页面添加一个。</translation>
    </message>
    <message>
        <source>Needs the judge profile&apos;s embedding model, which “%1” does not set.</source>
        <translation>需要评审配置中的嵌入模型，但“%1”未设置。</translation>
    </message>
</context>
<context>
    <name>evalbench::PageNavigator</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The page shown before this one</source>
        <translation>此页之前显示的页面</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>evalbench::PerClassModel</name>
    <message>
        <source>Number of samples whose true label is this one</source>
        <translation>真实标签为此标签的样本数</translation>
    </message>
    <message>
        <source>True positives: predicted as this label and truly it</source>
        <translation>真正例：预测为此标签且确实是</translation>
    </message>
    <message>
        <source>False positives: predicted as this label but truly another</source>
        <translation>假正例：预测为此标签但实际是其他标签</translation>
    </message>
    <message>
        <source>False negatives: truly this label but predicted as another</source>
        <translation>假负例：实际是此标签但被预测为其他标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持数</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
</context>
<context>
    <name>evalbench::PrCurveView</name>
    <message>
        <source>IoU = .50</source>
        <translation>IoU = .50</translation>
    </message>
    <message>
        <source>Mean over IoU = .50:.95</source>
        <translation>IoU = .50:.95 的平均</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Precision at:</source>
        <translation>精确率取自：</translation>
    </message>
    <message>
        <source>Precision–recall per category, mean over IoU .50:.95 (area all, maxDets 100)</source>
        <translation>各类别的精确率–召回率曲线，IoU .50:.95 的平均（area all，maxDets 100）</translation>
    </message>
    <message>
        <source>Precision–recall per category at IoU .50 (area all, maxDets 100)</source>
        <translation>各类别的精确率–召回率曲线，IoU .50（area all，maxDets 100）</translation>
    </message>
</context>
<context>
    <name>evalbench::ReportChartsPanel</name>
    <message>
        <source>Means</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>时间趋势</translation>
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
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>评审模型：</translation>
    </message>
    <message>
        <source>none (offline metrics)</source>
        <translation>无（离线指标）</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1（配置“%2”）</translation>
    </message>
    <message>
        <source>%1 calls (%2 embedding), %3 answered from the cache, %4 tokens</source>
        <translation>%1 次调用（其中嵌入 %2 次），%3 次由缓存回答，%4 个 token</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed call(s)</source>
        <translation>
            <numerusform>%n 次调用失败</numerusform>
        </translation>
    </message>
    <message>
        <source>dataset file</source>
        <translation>数据集文件</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
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
            <numerusform>正在加载 %n 个样本…</numerusform>
        </translation>
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
        <source>Open the folder with this run&apos;s report files</source>
        <translation>打开此运行的报告文件所在文件夹</translation>
    </message>
    <message>
        <source>Open a run from the Runs page to see its report.</source>
        <translation>请在“运行记录”页面打开一个运行以查看报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample(s) match the filter</source>
        <translation>
            <numerusform>%n 个样本中有 %1 个符合筛选条件</numerusform>
        </translation>
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
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Export charts to folder</source>
        <translation>将图表导出到文件夹</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save each chart as a PNG picture in a folder</source>
        <translation>将每个图表以 PNG 图片保存到文件夹中</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>Copy the weighted score and each metric&apos;s mean as Markdown</source>
        <translation>以 Markdown 格式复制加权得分和各指标的平均值</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Exporting charts to %1…</source>
        <translation>正在将图表导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个图表导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart export failed: %1</source>
        <translation>图表导出失败：%1</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard</source>
        <translation>摘要已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>evalbench::RunFilterBar</name>
    <message>
        <source>Search by name, dataset or run id (Ctrl+F)</source>
        <translation>按名称、数据集或运行 ID 搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the runs whose name, dataset path or id contains the text, ignoring case (Ctrl+F)</source>
        <translation>显示名称、数据集路径或 ID 中包含该文本的运行，不区分大小写（Ctrl+F）</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Importing, queued or running</source>
        <translation>导入中、排队中或运行中</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 / %n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 个运行</numerusform>
        </translation>
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
        <source>Stop this run&apos;s evaluation; the samples scored so far are kept</source>
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
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Compare the selected runs (select two or more with Ctrl or Shift)</source>
        <translation>对比所选运行（按住 Ctrl 或 Shift 选择两个或更多）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the current run another name (F2)</source>
        <translation>为当前运行换一个名称（F2）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected runs with their scores and artifacts (Delete)</source>
        <translation>删除所选运行及其得分和产物（Delete）</translation>
    </message>
    <message>
        <source>Score a dataset (Ctrl+N)</source>
        <translation>为数据集评分（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the current run&apos;s report (Enter)</source>
        <translation>打开当前运行的报告（Enter）</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>A run that is still being scored cannot be deleted: %1.

Cancel it first (Cancel job), then delete it.</source>
        <translation>仍在评分中的运行无法删除：%1。

请先将其取消（取消任务），再删除。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Its artifacts folder %1 is deleted too.</source>
        <translation>其产物文件夹 %1 也会被删除。</translation>
    </message>
    <message>
        <source>Their artifacts folders %1 are deleted too.</source>
        <translation>它们的产物文件夹 %1 也会被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) with their samples and scores?</source>
        <translation>
            <numerusform>删除 %n 个运行及其样本和得分？</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not every run could be deleted:
%1</source>
        <translation>部分运行无法删除：
%1</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>A run needs a name: the new name cannot be empty.</source>
        <translation>运行必须有名称：新名称不能为空。</translation>
    </message>
    <message>
        <source>The run could not be renamed: %1</source>
        <translation>无法重命名运行：%1</translation>
    </message>
</context>
<context>
    <name>evalbench::RunsPageDialogs</name>
    <message>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
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
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>evalbench::SampleFilterBar</name>
    <message>
        <source>Filter by id or question</source>
        <translation>按 ID 或问题筛选</translation>
    </message>
    <message>
        <source>Any metric below</source>
        <translation>任一指标低于</translation>
    </message>
    <message>
        <source>Show only samples where at least one metric scored below this value</source>
        <translation>仅显示至少有一个指标得分低于此值的样本</translation>
    </message>
    <message>
        <source>Has NaN</source>
        <translation>含 NaN</translation>
    </message>
    <message>
        <source>Show only samples where at least one metric could not be computed</source>
        <translation>仅显示至少有一个指标无法计算的样本</translation>
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
<context>
    <name>evalbench::ScoreGauge</name>
    <message>
        <source>Weighted score %1 of 1</source>
        <translation>加权得分 %1（满分 1）</translation>
    </message>
    <message>
        <source>No weighted score yet</source>
        <translation>尚无加权得分</translation>
    </message>
</context>
<context>
    <name>evalbench::ScoreHistogramChart</name>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message numerus="yes">
        <source>Distribution of %1 (%n value(s))</source>
        <translation>
            <numerusform>%1 的分布（%n 个值）</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
</context>
<context>
    <name>evalbench::ScoreJobsPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search the questions…</source>
        <translation>搜索问题…</translation>
    </message>
    <message>
        <source>View report</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>Open the job&apos;s run at its sample</source>
        <translation>打开该作业所属的运行记录并定位到其样本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No score jobs&lt;/h3&gt;&lt;p&gt;Turn the listener on (API server page) and let a Dify workflow post its answers to &lt;code&gt;/api/score/async&lt;/code&gt;: each post becomes a job here, scored in the background.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;暂无评分作业&lt;/h3&gt;&lt;p&gt;在“API 服务”页开启监听，让 Dify 工作流把回答提交到 &lt;code&gt;/api/score/async&lt;/code&gt;：每次提交都会在这里成为一个作业，并在后台评分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answers that Dify workflows posted to the HTTP API, newest first. The list follows the scoring live.</source>
        <translation>Dify 工作流提交到 HTTP API 的回答，最新的在前。列表随评分实时更新。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Score jobs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;评分作业&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n matching job(s)</source>
        <translation>
            <numerusform>%n 个匹配的作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个作业</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalbench::ScoreTimeSeriesChart</name>
    <message>
        <source>Per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Mean weighted score:</source>
        <translation>平均加权得分：</translation>
    </message>
    <message>
        <source>No scored API samples yet</source>
        <translation>尚无已评分的 API 样本</translation>
    </message>
    <message>
        <source>Mean weighted score per hour</source>
        <translation>每小时平均加权得分</translation>
    </message>
    <message>
        <source>Mean weighted score per day</source>
        <translation>每天平均加权得分</translation>
    </message>
</context>
<context>
    <name>evalbench::SettingsPage</name>
    <message>
        <source>Choose the data directory</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;设置&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Applies at once and is remembered; --lang on the command line wins.</source>
        <translation>立即生效并会被记住；命令行参数 --lang 优先。</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Choose the folder for the database and run files from the next start</source>
        <translation>选择下次启动起用于存放数据库和运行文件的文件夹</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>下次启动起：%1</translation>
    </message>
    <message>
        <source>From the next start: the default folder.</source>
        <translation>下次启动起：使用默认文件夹。</translation>
    </message>
    <message>
        <source>This start uses --data-dir, which wins over the folder chosen here.</source>
        <translation>本次启动使用了 --data-dir，它优先于此处选择的文件夹。</translation>
    </message>
    <message>
        <source>This start uses EVALBENCH_DATA_DIR, which wins over the folder chosen here.</source>
        <translation>本次启动使用了 EVALBENCH_DATA_DIR，它优先于此处选择的文件夹。</translation>
    </message>
    <message>
        <source>A new folder takes effect at the next start.</source>
        <translation>新文件夹将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Metrics of a new evaluation</source>
        <translation>新建评测的指标</translation>
    </message>
    <message>
        <source>Save as defaults</source>
        <translation>保存为默认值</translation>
    </message>
    <message>
        <source>The New evaluation page starts with these metrics and weights.</source>
        <translation>“新建评测”页面默认使用这些指标和权重。</translation>
    </message>
    <message numerus="yes">
        <source>Saved: new evaluations start with %n metric(s).</source>
        <translation>
            <numerusform>已保存：新建评测默认使用 %n 个指标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalbench::TrendPointModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
</context>
<context>
    <name>evalbench::TrendsPage</name>
    <message>
        <source>Double-click a run to open its report</source>
        <translation>双击一个运行可打开其报告</translation>
    </message>
    <message>
        <source>Runs of</source>
        <translation>运行来源</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trends&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;趋势&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>API: %1 (1 run)</source>
        <translation>API：%1（1 个运行）</translation>
    </message>
    <message>
        <source>API: %1 (%2 runs)</source>
        <translation>API：%1（%2 个运行）</translation>
    </message>
    <message>
        <source>dataset: %1 (1 run)</source>
        <translation>数据集：%1（1 个运行）</translation>
    </message>
    <message>
        <source>dataset: %1 (%2 runs)</source>
        <translation>数据集：%1（%2 个运行）</translation>
    </message>
    <message>
        <source>No runs yet. Trends appear once a dataset has been evaluated, or the HTTP API has scored posts.</source>
        <translation>还没有运行记录。评测过数据集，或 HTTP API 为提交评过分之后，这里就会显示趋势。</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
