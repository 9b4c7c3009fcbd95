#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate a synthetic RAG evaluation dataset for EvalBench benchmarks.

Usage: gen_rag_dataset.py [-n COUNT] [--seed SEED] [--format jsonl|csv|json] [-o OUTPUT]
                          [--answer-chars 300] [--context-chars 500]

Writes COUNT samples (default 100000) with: an id, a question, an answer of about
300 characters, a ground truth of about 300 characters sharing most of its words
with the answer, 3 retrieved contexts of about 500 characters and 3 reference
contexts of about 500 characters (some identical or nearly identical to a
retrieved context, some unrelated). About 10 % of the samples are in Chinese.
The output is the same for the same --seed. With the default lengths 100000
JSONL samples are ~450 MB (UTF-8 Chinese text takes 3 bytes a character);
--context-chars 200 gives the ~200 MB file of the import speed target.
Standard library only.
"""

import argparse
import csv
import json
import random
import sys

EN_WORDS = (
    "the system stores every request in a local database and retries failed calls after a short delay "
    "users can export reports as markdown json or csv files for later review by the team "
    "the retrieval step selects passages from the knowledge base that match the question "
    "an embedding model maps each passage to a vector and similar vectors are close together "
    "the cache keeps recent answers so repeated questions are served without a new model call "
    "employees accrue annual leave each month and unused days carry over until the end of march "
    "the warranty covers manufacturing defects for two years but not accidental damage or wear "
    "photosynthesis converts light energy water and carbon dioxide into glucose and oxygen "
    "the treaty ended the war and redrew the borders of several states in central europe "
    "latency grows with the number of tokens so shorter prompts usually respond faster "
    "administrators configure access rules per project and audit logs record every change"
).split()

ZH_PHRASES = (
    "系统 会 将 每个 请求 保存 到 本地 数据库 失败 的 调用 会 在 短暂 延迟 后 重试 "
    "用户 可以 把 报告 导出 为 文本 表格 或 结构化 文件 供 团队 复查 "
    "检索 步骤 从 知识库 中 选出 与 问题 相关 的 段落 "
    "向量 模型 把 每个 段落 映射 为 向量 相似 的 内容 距离 更近 "
    "员工 每月 累积 年假 未 使用 的 天数 可以 结转 到 次年 三月 底 "
    "保修 覆盖 两年 内 的 制造 缺陷 但 不 包括 意外 损坏 "
    "光合作用 利用 光能 将 水 和 二氧化碳 转化 为 葡萄糖 和 氧气 "
    "条约 结束 了 战争 并 重新 划定 了 多个 国家 的 边界 "
    "管理员 按 项目 配置 访问 规则 审计 日志 记录 每次 变更"
).split()

EN_QUESTIONS = (
    "How does the service handle failed requests?",
    "Which export formats are supported?",
    "What does the retrieval step do?",
    "How long does the warranty last?",
    "How many leave days carry over?",
    "What are the products of photosynthesis?",
    "What did the treaty change?",
    "Why are shorter prompts faster?",
)
ZH_QUESTIONS = (
    "服务如何处理失败的请求？",
    "支持哪些导出格式？",
    "检索步骤的作用是什么？",
    "保修期有多长？",
    "未使用的年假如何结转？",
    "光合作用的产物是什么？",
)


def text_of(rng, vocabulary, chinese, length):
    """About `length` characters of words drawn from `vocabulary`."""
    parts, size = [], 0
    while size < length:
        word = rng.choice(vocabulary)
        parts.append(word)
        size += len(word) + (0 if chinese else 1)
    sep = "" if chinese else " "
    return sep.join(parts)


def perturb(rng, text, vocabulary, chinese, ratio):
    """Replace about `ratio` of the words, keeping the rest (a paraphrase-like variant)."""
    words = list(text) if chinese else text.split(" ")
    for i in range(len(words)):
        if rng.random() < ratio:
            words[i] = rng.choice(vocabulary)
    return ("" if chinese else " ").join(words)


def make_sample(rng, index, answer_chars=300, context_chars=500):
    chinese = rng.random() < 0.10
    vocabulary = ZH_PHRASES if chinese else EN_WORDS
    question = rng.choice(ZH_QUESTIONS if chinese else EN_QUESTIONS)
    answer = text_of(rng, vocabulary, chinese, answer_chars)
    ground_truth = perturb(rng, answer, vocabulary, chinese, 0.25)
    contexts = [text_of(rng, vocabulary, chinese, context_chars) for _ in range(3)]
    references = []
    for k in range(3):
        roll = rng.random()
        if roll < 0.35:
            references.append(contexts[k])  # retrieved exactly
        elif roll < 0.65:
            references.append(perturb(rng, contexts[k], vocabulary, chinese, 0.05))  # near-identical
        else:
            references.append(text_of(rng, vocabulary, chinese, context_chars))  # missed by retrieval
    return {
        "id": "s%06d" % index,
        "question": question,
        "answer": answer,
        "contexts": contexts,
        "ground_truth": ground_truth,
        "reference_contexts": references,
        "lang": "zh" if chinese else "en",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--format", choices=("jsonl", "csv", "json"), default="jsonl")
    parser.add_argument("-o", "--output", help="output file (default: standard output)")
    parser.add_argument("--answer-chars", type=int, default=300, help="answer and ground truth length")
    parser.add_argument("--context-chars", type=int, default=500, help="length of each (reference) context")
    parser.add_argument("--no-reference-contexts", action="store_true",
                        help="leave reference_contexts out (the shape of the 100,000-sample eval target)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["id", "question", "answer", "contexts", "ground_truth", "reference_contexts", "lang"])
        elif args.format == "json":
            out.write("[\n")
        for i in range(1, args.count + 1):
            s = make_sample(rng, i, args.answer_chars, args.context_chars)
            if args.no_reference_contexts:
                del s["reference_contexts"]
            if args.format == "csv":
                writer.writerow([s["id"], s["question"], s["answer"],
                                 json.dumps(s["contexts"], ensure_ascii=False), s["ground_truth"],
                                 json.dumps(s["reference_contexts"], ensure_ascii=False) if "reference_contexts" in s else "",
                                 s["lang"]])
            elif args.format == "json":
                # Streamed one object at a time: the generator never holds the whole dataset.
                out.write(("  " if i == 1 else ",\n  ") + json.dumps(s, ensure_ascii=False))
            else:
                out.write(json.dumps(s, ensure_ascii=False) + "\n")
        if args.format == "json":
            out.write("\n]\n")
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
