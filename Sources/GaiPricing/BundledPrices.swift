// GENERATED FILE - DO NOT EDIT.
// Source: model-prices-litellm-1.109.1.json (LiteLLM's model_prices_and_context_window.json).
// Regenerate from the repository root with:
//     python3 scripts/generate-prices.py ../shared/reference/model-prices-litellm-1.109.1.json
//
// One tab-separated line per model: key, provider, then USD per token for input, output,
// cache read, cache write and reasoning, then max input and max output tokens. An empty
// field means the source has no value. A string literal, not a dictionary literal, keeps
// compile times short; `PriceTable.parse(_:)` reads it once, on first use.

extension PriceTable {
    /// The bundled table text: 3485 models from `model-prices-litellm-1.109.1.json`.
    static let bundledText: String = #"""
abliteration/abliterated-model	abliteration	1e-06	3e-06	1e-07			262144	262134
abliteration/abliterated-model-large	abliteration	3e-06	5e-06	3e-07			1000000	999990
abliteration/abliterated-model-large-flash	abliteration	1e-06	2e-06	1e-07			1048576	262144
abliteration/abliterated-model-large-v2	abliteration	3e-06	5e-06	3e-07			1000000	999990
ai21.j2-mid-v1	bedrock	1.25e-05	1.25e-05				8191	8191
ai21.j2-ultra-v1	bedrock	1.88e-05	1.88e-05				8191	8191
ai21.jamba-1-5-large-v1:0	bedrock	2e-06	8e-06				256000	4096
ai21.jamba-1-5-mini-v1:0	bedrock	2e-07	4e-07				256000	4096
ai21.jamba-instruct-v1:0	bedrock	5e-07	7e-07				70000	4096
aiand/deepseek-ai/deepseek-v4-flash	aiand	1.5e-07	2.5e-07	8e-08			1048576	384000
aiand/deepseek-ai/deepseek-v4-pro	aiand	1e-06	2.5e-06	2.5e-07			1048576	384000
aiand/deepseek-ai/deepseek-v4.1-flash	aiand	3e-07	6e-07	2e-08			1048576	384000
aiand/deepseek-ai/deepseek-v4.1-flash-1017	aiand	3e-07	6e-07	2e-08			1048576	384000
aiand/google/gemma-4-31b-it	aiand	2e-07	5e-07	5e-08			262144	32768
aiand/meta/muse-spark-open	aiand	1.25e-06	4.25e-06	1.5e-07			1048576	943718
aiand/moonshotai/kimi-k2.7-code	aiand	7.5e-07	3.5e-06	2e-07			262144	262144
aiand/moonshotai/kimi-k3	aiand	3e-06	1.25e-05	5e-07			1048576	131072
aiand/motif-technologies/motif-3	aiand	5e-07	2e-06	2e-07			262144	262144
aiand/openai/gpt-oss-120b	aiand	1.5e-07	6e-07	8e-08			131072	32768
aiand/qwen/qwen3.6-27b	aiand	3.2e-07	3.2e-06	2e-07			262144	65536
aiand/qwen/qwen3.8-27b	aiand	4e-07	3e-06	2e-07			262144	32768
aiand/zai-org/glm-5.2	aiand	1e-06	4e-06	3e-07			1048576	131072
aiand/zai-org/glm-5.3	aiand	1e-06	4e-06	3e-07			1048576	131072
aiand/zai-org/glm-5.3-flash	aiand	1.5e-07	5e-07	3e-08			1048550	131072
aihubmix/agnes-2.5-flash	aihubmix	3e-08	1.5e-07				512000	65500
aihubmix/agnes-2.5-pro	aihubmix	4.5e-07	9e-07	3.78e-09			1000000	65536
aihubmix/cc-glm-5.1	aihubmix	6e-08	2.2e-07				200000	131072
aihubmix/claude-fable-5	aihubmix	1.1e-05	5.5e-05	1.1e-06	1.375e-05		1000000	128000
aihubmix/claude-haiku-4-5	aihubmix	1.1e-06	5.5e-06	1.1e-07	1.375e-06		200000	64000
aihubmix/claude-opus-4-8-think	aihubmix	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
aihubmix/claude-opus-5	aihubmix	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
aihubmix/claude-sonnet-5	aihubmix	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
aihubmix/coding-glm-5.3	aihubmix	6e-08	2.2e-07	1.5e-08			1048576	131072
aihubmix/coding-kimi-k3	aihubmix	4.4e-07	1.61333e-06	6.6e-08			1048576	1048576
aihubmix/coding-xiaomi-mimo-v2-omni	aihubmix	8e-08	4e-07	1.6e-08				
aihubmix/coding-xiaomi-mimo-v2.5	aihubmix	8e-08	1.6e-07	1.6e-09			1048576	131072
aihubmix/coding-xiaomi-mimo-v2.5-pro	aihubmix	2e-07	4e-07	1.6e-09			1048576	131072
aihubmix/command-a-plus-05-2026	aihubmix	2.5e-06	1e-05				128000	64000
aihubmix/deepseek-v4-flash	aihubmix	1.42e-07	2.84e-07	2.84e-08			1000000	384000
aihubmix/deepseek-v4-pro	aihubmix	1.69e-06	3.38e-06	1.4027e-07			1000000	384000
aihubmix/doubao-seed-2-0-code-preview	aihubmix	4.822e-07	2.411e-06	9.644e-08			256000	128000
aihubmix/doubao-seed-2-0-lite-260428	aihubmix	9.041e-08	5.4246e-07	1.8082e-08			256000	128000
aihubmix/doubao-seed-2-0-mini	aihubmix	3.0136e-08	3.0136e-07	6.027e-09			256000	128000
aihubmix/doubao-seed-2-0-pro	aihubmix	4.822e-07	2.411e-06	9.644e-08			256000	128000
aihubmix/doubao-seed-2-1-turbo	aihubmix	4.6475e-07	2.32375e-06	9.295e-08			256000	256000
aihubmix/ernie-5.1	aihubmix	5.634e-07	2.5353e-06	5.634e-07			119000	65536
aihubmix/gemini-3-flash-preview	aihubmix	5e-07	3e-06	5e-08			1048576	65536
aihubmix/gemini-3-flash-preview-search	aihubmix	5e-07	3e-06	5e-08			1048576	65536
aihubmix/gemini-3.1-pro-preview	aihubmix	2e-06	1.2e-05	2e-07			1048576	65536
aihubmix/gemini-3.1-pro-preview-customtools	aihubmix	2e-06	1.2e-05	2e-07			1048576	65536
aihubmix/gemini-3.5-flash-lite	aihubmix	3e-07	2.499999e-06	3e-08			1048576	65536
aihubmix/gemini-3.7-flash	aihubmix	7.5e-07	3.75e-06	7.5e-08			1048576	65536
aihubmix/gemma-4-26b-a4b-it	aihubmix	1.4e-07	3.9998e-07				262144	131100
aihubmix/gemma-4-31b-it	aihubmix	1.4e-07	3.9998e-07				262144	131100
aihubmix/glm-5.2-fast-preview	aihubmix	2.254e-06	7.889e-06	5.635e-07			1000000	131072
aihubmix/glm-5.3	aihubmix	1.1268e-06	3.9438e-06	2.817e-07			1048576	131072
aihubmix/glm-5.3-flash	aihubmix	1.1268e-07	3.9438e-07	2.817e-08			1048576	131072
aihubmix/glm-5v-turbo	aihubmix	7.042e-07	3.09848e-06	1.69008e-07			200000	131072
aihubmix/gpt-5.3-codex	aihubmix	1.75e-06	1.4e-05	1.75e-07			400000	128000
aihubmix/gpt-5.4-high	aihubmix	2.5e-06	1.5e-05	2.5e-07			1050000	128000
aihubmix/gpt-5.4-low	aihubmix	2.5e-06	1.5e-05	2.5e-07			1050000	128000
aihubmix/gpt-5.4-mini	aihubmix	7.5e-07	4.5e-06	7.5e-08			400000	128000
aihubmix/gpt-5.4-nano	aihubmix	2e-07	1.25e-06	2e-08			400000	128000
aihubmix/gpt-5.5	aihubmix	5e-06	3e-05	5e-07			1050000	128000
aihubmix/gpt-5.5-pro	aihubmix	3e-05	0.00018				1050000	128000
aihubmix/gpt-5.6-luna	aihubmix	2e-07	1.2e-06	2e-08	2.5e-07		1050000	128000
aihubmix/gpt-5.6-sol-disc	aihubmix	4e-06	2e-05	4e-07	5e-06		1050000	128000
aihubmix/gpt-5.6-terra	aihubmix	2e-06	1.2e-05	2e-07	2.5e-06		1050000	128000
aihubmix/gpt-chat-latest	aihubmix	5e-06	3e-05	5e-07			400000	128000
aihubmix/grok-4-20-non-reasoning	aihubmix	2e-06	6e-06	2e-07			1000000	
aihubmix/grok-4-20-reasoning	aihubmix	2e-06	6e-06	2e-07			1000000	
aihubmix/grok-4.6	aihubmix	2e-06	6e-06	5e-07			500000	500000
aihubmix/grok-build-0.1	aihubmix	1e-06	2e-06	2e-07			256000	256000
aihubmix/hy3	aihubmix	1.562e-07	6.248e-07	3.905e-08			256000	128000
aihubmix/hy4-preview	aihubmix	8.45e-07	2.535e-06	4.225e-08			1048576	64000
aihubmix/kimi-k2.6	aihubmix	9.5e-07	3.9995e-06	1.60835e-07			262144	32768
aihubmix/kimi-k2.7-code-highspeed	aihubmix	1.9e-06	7.999e-06	3.2167e-07			262144	32768
aihubmix/kimi-k3	aihubmix	3e-06	1.5e-05	3e-07			1048576	1048576
aihubmix/longcat-2.0	aihubmix	7.746e-07	3.0984e-06	1.5492e-08			1000000	131072
aihubmix/mai-thinking-1	aihubmix	2e-06	8e-06				256000	64000
aihubmix/mimo-v2-omni	aihubmix	4.4e-07	2.2e-06	8.8e-08			256000	
aihubmix/mimo-v2-pro	aihubmix	1.1e-06	3.3e-06	2.2e-07			1000000	
aihubmix/minimax-m2.7	aihubmix	2.958e-07	1.1832e-06	5.916e-08			204800	204800
aihubmix/minimax-m3	aihubmix	2.88e-07	1.152e-06				1000000	524288
aihubmix/muse-spark-1.2	aihubmix	1.375e-06	4.675e-06				1048576	
aihubmix/qwen3-coder-next	aihubmix	1.37e-07	5.48e-07				262144	65536
aihubmix/qwen3.5-122b-a10b	aihubmix	1.126e-07	9.008e-07				262144	65536
aihubmix/qwen3.5-397b-a17b	aihubmix	1.644e-07	9.864e-07				262144	65536
aihubmix/qwen3.6-27b	aihubmix	4.22e-07	2.532e-06				262144	65536
aihubmix/qwen3.6-35b-a3b	aihubmix	2.54e-07	1.524e-06				262144	65536
aihubmix/qwen3.6-max-preview	aihubmix	1.268e-06	7.608e-06	1.268e-07	1.585e-06		262144	65536
aihubmix/qwen3.7-plus	aihubmix	2.82e-07	1.128e-06	5.64e-08	3.525e-07		1000000	131072
aihubmix/qwen3.8-2.4t-a95b	aihubmix	2e-06	6e-06	5e-07			1000000	131072
aihubmix/qwen3.8-flash	aihubmix	1.126e-07	3.80025e-07	1.4075e-08	1.75937e-07		1000000	131072
aihubmix/qwen3.8-max	aihubmix	1.69e-06	5.07e-06	1.69e-07	2.1125e-06		1000000	131072
aihubmix/step-3.7-flash	aihubmix	2.2e-07	1.32e-06	4.4e-08			256000	
amazon-nova/nova-lite-v1	amazon_nova	6e-08	2.4e-07				300000	10000
amazon-nova/nova-micro-v1	amazon_nova	3.5e-08	1.4e-07				128000	10000
amazon-nova/nova-premier-v1	amazon_nova	2.5e-06	1.25e-05				1000000	10000
amazon-nova/nova-pro-v1	amazon_nova	8e-07	3.2e-06				300000	10000
amazon.nova-2-lite-v1:0	bedrock_converse	3e-07	2.5e-06	7.5e-08			1000000	64000
amazon.nova-2-multimodal-embeddings-v1:0	bedrock	1.35e-07	0.0				8172	
amazon.nova-2-pro-preview-20251202-v1:0	bedrock_converse	1.25e-06	1e-05	3.125e-07			1000000	64000
amazon.nova-lite-v1:0	bedrock_converse	6e-08	2.4e-07	1.5e-08			300000	10000
amazon.nova-micro-v1:0	bedrock_converse	3.5e-08	1.4e-07	8.75e-09			128000	10000
amazon.nova-premier-v1:0	bedrock_converse	2.5e-06	1.25e-05	6.25e-07			1000000	10000
amazon.nova-pro-v1:0	bedrock_converse	8e-07	3.2e-06	2e-07			300000	10000
amazon.titan-embed-g1-text-02	bedrock	1e-07	0.0				8192	
amazon.titan-embed-image-v1	bedrock	8e-07	0.0				128	
amazon.titan-embed-text-v1	bedrock	1e-07	0.0				8192	
amazon.titan-embed-text-v2:0	bedrock	2e-08	0.0				8192	
amazon.titan-text-express-v1	bedrock	2e-07	6e-07				42000	8000
amazon.titan-text-lite-v1	bedrock	1.5e-07	2e-07				42000	4000
amazon.titan-text-premier-v1:0	bedrock	5e-07	1.5e-06				42000	32000
anthropic.claude-3-5-haiku-20241022-v1:0	bedrock	8e-07	4e-06	8e-08	1e-06		200000	8192
anthropic.claude-3-5-sonnet-20240620-v1:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	4096
anthropic.claude-3-5-sonnet-20241022-v2:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
anthropic.claude-3-7-sonnet-20240620-v1:0	bedrock	3.6e-06	1.8e-05	3.6e-07	4.5e-06		200000	8192
anthropic.claude-3-7-sonnet-20250219-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
anthropic.claude-3-opus-20240229-v1:0	bedrock	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	4096
anthropic.claude-fable-5	bedrock_converse	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
anthropic.claude-fable-5-1	bedrock_converse	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1e-06	5e-06	1e-07	1.25e-06		200000	64000
anthropic.claude-haiku-4-5@20251001	bedrock_converse	1e-06	5e-06	1e-07	1.25e-06		200000	64000
anthropic.claude-haiku-5-5	bedrock_converse	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
anthropic.claude-instant-v1	bedrock	8e-07	2.4e-06				100000	8191
anthropic.claude-mythos-5-1	bedrock_converse	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
anthropic.claude-mythos-preview	bedrock	2.75e-05	0.0001375	2.75e-06	3.4375e-05		1000000	128000
anthropic.claude-opus-4-1-20250805-v1:0	bedrock_converse	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
anthropic.claude-opus-4-20250514-v1:0	bedrock_converse	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
anthropic.claude-opus-4-5-20251101-v1:0	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
anthropic.claude-opus-4-6-v1	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
anthropic.claude-opus-4-7	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
anthropic.claude-opus-4-8	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
anthropic.claude-opus-5	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
anthropic.claude-opus-5-5	bedrock_converse	4e-06	2e-05	2e-07	5e-06		1000000	128000
anthropic.claude-sonnet-4-20250514-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
anthropic.claude-sonnet-4-6	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		1000000	64000
anthropic.claude-sonnet-5	bedrock_converse	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
anthropic.claude-sonnet-5-5	bedrock_converse	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
anthropic.claude-v1	bedrock	8e-06	2.4e-05				100000	8191
anthropic.claude-v2:1	bedrock	8e-06	2.4e-05				100000	8191
anyscale/HuggingFaceH4/zephyr-7b-beta	anyscale	1.5e-07	1.5e-07				16384	16384
anyscale/codellama/CodeLlama-34b-Instruct-hf	anyscale	1e-06	1e-06				4096	4096
anyscale/codellama/CodeLlama-70b-Instruct-hf	anyscale	1e-06	1e-06				4096	4096
anyscale/google/gemma-7b-it	anyscale	1.5e-07	1.5e-07				8192	8192
anyscale/meta-llama/Llama-2-13b-chat-hf	anyscale	2.5e-07	2.5e-07				4096	4096
anyscale/meta-llama/Llama-2-70b-chat-hf	anyscale	1e-06	1e-06				4096	4096
anyscale/meta-llama/Llama-2-7b-chat-hf	anyscale	1.5e-07	1.5e-07				4096	4096
anyscale/meta-llama/Meta-Llama-3-70B-Instruct	anyscale	1e-06	1e-06				8192	8192
anyscale/meta-llama/Meta-Llama-3-8B-Instruct	anyscale	1.5e-07	1.5e-07				8192	8192
anyscale/mistralai/Mistral-7B-Instruct-v0.1	anyscale	1.5e-07	1.5e-07				16384	16384
anyscale/mistralai/Mixtral-8x22B-Instruct-v0.1	anyscale	9e-07	9e-07				65536	65536
anyscale/mistralai/Mixtral-8x7B-Instruct-v0.1	anyscale	1.5e-07	1.5e-07				16384	16384
apac.amazon.nova-2-lite-v1:0	bedrock_converse	3.96e-07	3.311e-06	9.9e-08			1000000	64000
apac.amazon.nova-2-pro-preview-20251202-v1:0	bedrock_converse	1.375e-06	1.1e-05	3.4375e-07			1000000	64000
apac.amazon.nova-lite-v1:0	bedrock_converse	6.3e-08	2.52e-07	1.575e-08			300000	10000
apac.amazon.nova-micro-v1:0	bedrock_converse	3.7e-08	1.48e-07	9.25e-09			128000	10000
apac.amazon.nova-pro-v1:0	bedrock_converse	8.4e-07	3.36e-06	2.1e-07			300000	10000
apac.anthropic.claude-fable-5	bedrock_converse	1.1e-05	5.5e-05	1.1e-06	1.375e-05		1000000	128000
apac.anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1.1e-06	5.5e-06	1.1e-07	1.375e-06		200000	64000
apac.anthropic.claude-haiku-5-5	bedrock_converse	1.1e-07	5.5e-07	1.1e-08	1.375e-07		1000000	128000
apac.anthropic.claude-mythos-preview	bedrock_converse	2.75e-05	0.0001375	2.75e-06	3.4375e-05		1000000	128000
apac.anthropic.claude-opus-4-7	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
apac.anthropic.claude-opus-4-8	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
apac.anthropic.claude-opus-5	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
apac.anthropic.claude-opus-5-5	bedrock_converse	4.4e-06	2.2e-05	2.2e-07	5.5e-06		1000000	128000
apac.anthropic.claude-sonnet-4-20250514-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
apac.anthropic.claude-sonnet-4-6	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	64000
apac.anthropic.claude-sonnet-5	bedrock_converse	2.2e-06	1.1e-05	2.2e-07	2.75e-06		1000000	128000
apac.anthropic.claude-sonnet-5-5	bedrock_converse	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	128000
au.anthropic.claude-fable-5	bedrock_converse	1.1e-05	5.5e-05	1.1e-06	1.375e-05		1000000	128000
au.anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1.1e-06	5.5e-06	1.1e-07	1.375e-06		200000	64000
au.anthropic.claude-haiku-5-5	bedrock_converse	1.1e-07	5.5e-07	1.1e-08	1.375e-07		1000000	128000
au.anthropic.claude-mythos-preview	bedrock_converse	2.75e-05	0.0001375	2.75e-06	3.4375e-05		1000000	128000
au.anthropic.claude-opus-4-6-v1	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
au.anthropic.claude-opus-4-7	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
au.anthropic.claude-opus-4-8	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
au.anthropic.claude-opus-5	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
au.anthropic.claude-opus-5-5	bedrock_converse	4.4e-06	2.2e-05	2.2e-07	5.5e-06		1000000	128000
au.anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		200000	64000
au.anthropic.claude-sonnet-4-6	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	64000
au.anthropic.claude-sonnet-5	bedrock_converse	2.2e-06	1.1e-05	2.2e-07	2.75e-06		1000000	128000
au.anthropic.claude-sonnet-5-5	bedrock_converse	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	128000
azure/ada	azure	1.1e-07	0.0				8191	
azure/apac/gpt-6.1-sol	azure	2.4e-06	1.2e-05	1.2e-07	3e-06		922000	128000
azure/apac/gpt-6.1-terra	azure	1.2e-06	6e-06	6e-08	1.5e-06		922000	128000
azure/chat-latest	azure	5e-06	3e-05	5e-07			272000	128000
azure/codex-mini	azure	1.5e-06	6e-06	3.75e-07			200000	100000
azure/command-r-plus	azure	3e-06	1.5e-05				128000	4096
azure/computer-use-preview	azure	3e-06	1.2e-05				8192	1024
azure/eu/codex-mini	azure	1.65e-06	6.6e-06	4.13e-07				
azure/eu/computer-use-preview	azure	3.3e-06	1.32e-05					
azure/eu/gpt-4.1	azure	2.2e-06	8.8e-06	5.5e-07				
azure/eu/gpt-4.1-mini	azure	4.4e-07	1.76e-06	1.1e-07				
azure/eu/gpt-4.1-nano	azure	1.1e-07	4.4e-07	2.8e-08				
azure/eu/gpt-4o	azure	2.75e-06	1.1e-05	1.375e-06	1.38e-06		128000	16384
azure/eu/gpt-4o-2024-05-13	azure	5.5e-06	1.65e-05				128000	4096
azure/eu/gpt-4o-2024-08-06	azure	2.75e-06	1.1e-05	1.375e-06			128000	16384
azure/eu/gpt-4o-2024-11-20	azure	2.75e-06	1.1e-05	1.375e-06	1.38e-06		128000	16384
azure/eu/gpt-4o-mini	azure	1.65e-07	6.6e-07	8.3e-08			128000	16384
azure/eu/gpt-4o-mini-2024-07-18	azure	1.65e-07	6.6e-07	8.3e-08			128000	16384
azure/eu/gpt-5	azure	1.375e-06	1.1e-05	1.375e-07				
azure/eu/gpt-5-2025-08-07	azure	1.375e-06	1.1e-05	1.375e-07			272000	128000
azure/eu/gpt-5-codex	azure	1.375e-06	1.1e-05	1.38e-07				
azure/eu/gpt-5-mini	azure	2.75e-07	2.2e-06	2.75e-08				
azure/eu/gpt-5-mini-2025-08-07	azure	2.75e-07	2.2e-06	2.75e-08			272000	128000
azure/eu/gpt-5-nano	azure	5.5e-08	4.4e-07	5.5e-09				
azure/eu/gpt-5-nano-2025-08-07	azure	5.5e-08	4.4e-07	5.5e-09			272000	128000
azure/eu/gpt-5-pro	azure	1.65e-05	0.000132					
azure/eu/gpt-5.1	azure	1.375e-06	1.1e-05	1.375e-07			272000	128000
azure/eu/gpt-5.1-chat	azure	1.375e-06	1.1e-05	1.375e-07			111616	16384
azure/eu/gpt-5.1-codex	azure	1.375e-06	1.1e-05	1.375e-07			272000	128000
azure/eu/gpt-5.1-codex-max	azure	1.375e-06	1.1e-05	1.375e-07				
azure/eu/gpt-5.1-codex-mini	azure	2.75e-07	2.2e-06	2.75e-08			272000	128000
azure/eu/gpt-5.2	azure	1.925e-06	1.54e-05	1.925e-07				
azure/eu/gpt-5.2-chat	azure	1.925e-06	1.54e-05	1.925e-07			111616	16384
azure/eu/gpt-5.2-codex	azure	1.925e-06	1.54e-05	1.925e-07				
azure/eu/gpt-5.2-pro	azure	2.31e-05	0.0001848					
azure/eu/gpt-5.3-chat	azure	1.925e-06	1.54e-05	1.925e-07			111616	16384
azure/eu/gpt-5.3-codex	azure	1.925e-06	1.54e-05	1.925e-07				
azure/eu/gpt-5.4	azure	2.75e-06	1.65e-05	2.75e-07			922000	128000
azure/eu/gpt-5.4-2026-03-05	azure	2.75e-06	1.65e-05	2.75e-07			922000	128000
azure/eu/gpt-5.4-mini	azure	8.25e-07	4.95e-06	8.25e-08				
azure/eu/gpt-5.4-nano	azure	2.2e-07	1.375e-06	2.2e-08				
azure/eu/gpt-5.4-pro	azure	3.3e-05	0.000198					
azure/eu/gpt-5.5	azure	5.5e-06	3.3e-05	5.5e-07			922000	128000
azure/eu/gpt-5.5-2026-04-23	azure	5.5e-06	3.3e-05	5.5e-07			922000	128000
azure/eu/gpt-5.5-2026-04-24	azure	5.5e-06	3.3e-05	5.5e-07			922000	128000
azure/eu/gpt-5.6	azure	4.4e-06	2.2e-05	4.4e-07	5.5e-06		922000	128000
azure/eu/gpt-5.6-luna	azure	2.2e-07	1.32e-06	2.2e-08	2.75e-07		922000	128000
azure/eu/gpt-5.6-sol	azure	4.4e-06	2.2e-05	4.4e-07	5.5e-06		922000	128000
azure/eu/gpt-5.6-terra	azure	2.2e-06	1.32e-05	2.2e-07	2.75e-06		922000	128000
azure/eu/gpt-6-astra	azure	1.2e-05	6e-05	1.2e-06	1.5e-05		922000	128000
azure/eu/gpt-6-luna	azure	1.2e-07	6e-07	1.2e-08	1.5e-07		922000	128000
azure/eu/gpt-6-sol	azure	2.4e-06	1.2e-05	2.4e-07	3e-06		922000	128000
azure/eu/gpt-6.1-sol	azure	2.4e-06	1.2e-05	1.2e-07	3e-06		922000	128000
azure/eu/gpt-6.1-terra	azure	1.2e-06	6e-06	6e-08	1.5e-06		922000	128000
azure/eu/o1	azure	1.65e-05	6.6e-05	8.25e-06			200000	100000
azure/eu/o1-2024-12-17	azure	1.65e-05	6.6e-05	8.25e-06			200000	100000
azure/eu/o1-mini	azure	1.21e-06	4.84e-06	6.05e-07				
azure/eu/o1-mini-2024-09-12	azure	1.21e-06	4.84e-06	6.05e-07			128000	65536
azure/eu/o1-preview	azure	1.65e-05	6.6e-05	8.25e-06			128000	32768
azure/eu/o3	azure	2.2e-06	8.8e-06	5.5e-07			200000	100000
azure/eu/o3-2025-04-16	azure	2.2e-06	8.8e-06	5.5e-07			200000	100000
azure/eu/o3-deep-research	azure	1.1e-05	4.4e-05	2.75e-06				
azure/eu/o3-mini	azure	1.21e-06	4.84e-06	6.05e-07			200000	100000
azure/eu/o3-mini-2025-01-31	azure	1.21e-06	4.84e-06	6.05e-07			200000	100000
azure/eu/o4-mini	azure	1.21e-06	4.84e-06	3.03e-07			200000	100000
azure/eu/o4-mini-2025-04-16	azure	1.21e-06	4.84e-06	3.03e-07			200000	100000
azure/eu/text-embedding-3-large	azure	1.43e-07						
azure/eu/text-embedding-3-small	azure	2.2e-08						
azure/eu/text-embedding-ada-002	azure	1.1e-07						
azure/global-standard/gpt-4o-2024-08-06	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/global-standard/gpt-4o-2024-11-20	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/global-standard/gpt-4o-mini	azure	1.5e-07	6e-07				128000	16384
azure/global/gpt-4o-2024-08-06	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/global/gpt-4o-2024-11-20	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/global/gpt-5.1	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/global/gpt-5.1-codex	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/global/gpt-5.1-codex-mini	azure	2.5e-07	2e-06	2.5e-08			272000	128000
azure/gpt-3.5-turbo	azure	5e-07	1.5e-06				4097	4096
azure/gpt-3.5-turbo-instruct-0914	azure_text	1.65e-06	2.2e-06				4097	4097
azure/gpt-35-turbo	azure	5e-07	1.5e-06				4097	4096
azure/gpt-35-turbo-16k	azure	3e-06	4e-06				16385	4096
azure/gpt-35-turbo-16k-0613	azure	3e-06	4e-06				16385	4096
azure/gpt-35-turbo-instruct	azure_text	1.65e-06	2.2e-06				4097	4097
azure/gpt-35-turbo-instruct-0914	azure_text	1.65e-06	2.2e-06				4097	4097
azure/gpt-4	azure	3e-05	6e-05				8192	4096
azure/gpt-4-0125-preview	azure	1e-05	3e-05				128000	4096
azure/gpt-4-0613	azure	3e-05	6e-05				8192	4096
azure/gpt-4-1106-preview	azure	1e-05	3e-05				128000	4096
azure/gpt-4-32k	azure	6e-05	0.00012				32768	4096
azure/gpt-4-32k-0613	azure	6e-05	0.00012				32768	4096
azure/gpt-4-turbo	azure	1.1e-05	3.3e-05				128000	4096
azure/gpt-4-turbo-2024-04-09	azure	1.1e-05	3.3e-05				128000	4096
azure/gpt-4-turbo-vision-preview	azure	1.1e-05	3.3e-05				128000	4096
azure/gpt-4.1	azure	2e-06	8e-06	5e-07			1047576	32768
azure/gpt-4.1-2025-04-14	azure	2e-06	8e-06	5e-07			1047576	32768
azure/gpt-4.1-mini	azure	4e-07	1.6e-06	1e-07			1047576	32768
azure/gpt-4.1-mini-2025-04-14	azure	4e-07	1.6e-06	1e-07			1047576	32768
azure/gpt-4.1-nano	azure	1e-07	4e-07	2.5e-08			1047576	32768
azure/gpt-4.1-nano-2025-04-14	azure	1e-07	4e-07	2.5e-08			1047576	32768
azure/gpt-4.5-preview	azure	7.5e-05	0.00015	3.75e-05			128000	16384
azure/gpt-4o	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/gpt-4o-2024-05-13	azure	5e-06	1.5e-05				128000	4096
azure/gpt-4o-2024-08-06	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/gpt-4o-2024-11-20	azure	2.5e-06	1e-05	1.25e-06			128000	16384
azure/gpt-4o-audio-preview-2024-12-17	azure	2.5e-06	1e-05				128000	16384
azure/gpt-4o-mini	azure	1.5e-07	6e-07	7.5e-08			128000	16384
azure/gpt-4o-mini-2024-07-18	azure	1.5e-07	6e-07	7.5e-08			128000	16384
azure/gpt-4o-mini-audio-preview-2024-12-17	azure	1.5e-07	6e-07				128000	16384
azure/gpt-5	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5-2025-08-07	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5-chat	azure	1.25e-06	1e-05	1.25e-07			128000	16384
azure/gpt-5-codex	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5-mini	azure	2.5e-07	2e-06	2.5e-08			272000	128000
azure/gpt-5-mini-2025-08-07	azure	2.5e-07	2e-06	2.5e-08			272000	128000
azure/gpt-5-nano	azure	5e-08	4e-07	5e-09			272000	128000
azure/gpt-5-nano-2025-08-07	azure	5e-08	4e-07	5e-09			272000	128000
azure/gpt-5-pro	azure	1.5e-05	0.00012				272000	128000
azure/gpt-5.1	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5.1-2025-11-13	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5.1-chat	azure	1.25e-06	1e-05	1.25e-07			111616	16384
azure/gpt-5.1-codex	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5.1-codex-2025-11-13	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5.1-codex-max	azure	1.25e-06	1e-05	1.25e-07			272000	128000
azure/gpt-5.1-codex-mini	azure	2.5e-07	2e-06	2.5e-08			272000	128000
azure/gpt-5.1-codex-mini-2025-11-13	azure	2.5e-07	2e-06	2.5e-08			272000	128000
azure/gpt-5.2	azure	1.75e-06	1.4e-05	1.75e-07			272000	128000
azure/gpt-5.2-2025-12-11	azure	1.75e-06	1.4e-05	1.75e-07			272000	128000
azure/gpt-5.2-chat	azure	1.75e-06	1.4e-05	1.75e-07			111616	16384
azure/gpt-5.2-codex	azure	1.75e-06	1.4e-05	1.75e-07			272000	128000
azure/gpt-5.2-pro	azure	2.1e-05	0.000168				272000	128000
azure/gpt-5.2-pro-2025-12-11	azure	2.1e-05	0.000168				272000	128000
azure/gpt-5.3-chat	azure	1.75e-06	1.4e-05	1.75e-07			111616	16384
azure/gpt-5.3-codex	azure	1.75e-06	1.4e-05	1.75e-07			272000	128000
azure/gpt-5.4	azure	2.5e-06	1.5e-05	2.5e-07			922000	128000
azure/gpt-5.4-2026-03-05	azure	2.5e-06	1.5e-05	2.5e-07			922000	128000
azure/gpt-5.4-mini	azure	7.5e-07	4.5e-06	7.5e-08			272000	128000
azure/gpt-5.4-mini-2026-03-17	azure	7.5e-07	4.5e-06	7.5e-08			272000	128000
azure/gpt-5.4-nano	azure	2e-07	1.25e-06	2e-08			272000	128000
azure/gpt-5.4-nano-2026-03-17	azure	2e-07	1.25e-06	2e-08			272000	128000
azure/gpt-5.4-pro	azure	3e-05	0.00018	3e-06			922000	128000
azure/gpt-5.4-pro-2026-03-05	azure	3e-05	0.00018	3e-06			922000	128000
azure/gpt-5.5	azure	5e-06	3e-05	5e-07			922000	128000
azure/gpt-5.5-2026-04-23	azure	5e-06	3e-05	5e-07			922000	128000
azure/gpt-5.5-2026-04-24	azure	5e-06	3e-05	5e-07			922000	128000
azure/gpt-5.5-pro	azure	3e-05	0.00018	3e-06			1050000	128000
azure/gpt-5.5-pro-2026-04-23	azure	3e-05	0.00018	3e-06			1050000	128000
azure/gpt-5.6	azure	4e-06	2e-05	4e-07	5e-06		922000	128000
azure/gpt-5.6-luna	azure	2e-07	1.2e-06	2e-08	2.5e-07		922000	128000
azure/gpt-5.6-luna-2026-07-09	azure	2e-07	1.2e-06	2e-08	2.5e-07		922000	128000
azure/gpt-5.6-sol	azure	4e-06	2e-05	4e-07	5e-06		922000	128000
azure/gpt-5.6-sol-2026-07-09	azure	4e-06	2e-05	4e-07	5e-06		922000	128000
azure/gpt-5.6-terra	azure	2e-06	1.2e-05	2e-07	2.5e-06		922000	128000
azure/gpt-5.6-terra-2026-07-09	azure	2e-06	1.2e-05	2e-07	2.5e-06		922000	128000
azure/gpt-6-astra	azure	1e-05	5e-05	1e-06	1.25e-05		922000	128000
azure/gpt-6-astra-2026-09-03	azure	1e-05	5e-05	1e-06	1.25e-05		922000	128000
azure/gpt-6-luna	azure	1e-07	5e-07	1e-08	1.25e-07		922000	128000
azure/gpt-6-luna-2026-09-22	azure	1e-07	5e-07	1e-08	1.25e-07		922000	128000
azure/gpt-6-sol	azure	2e-06	1e-05	2e-07	2.5e-06		922000	128000
azure/gpt-6-sol-2026-09-22	azure	2e-06	1e-05	2e-07	2.5e-06		922000	128000
azure/gpt-6.1-sol	azure	2e-06	1e-05	1e-07	2.5e-06		922000	128000
azure/gpt-6.1-sol-2026-09-29	azure	2e-06	1e-05	1e-07	2.5e-06		922000	128000
azure/gpt-6.1-terra	azure	1e-06	5e-06	5e-08	1.25e-06		922000	128000
azure/gpt-audio	azure	2.5e-06	1e-05				128000	16384
azure/gpt-audio-1.5	azure	2.5e-06	1e-05				128000	16384
azure/gpt-audio-1.5-2026-02-23	azure	2.5e-06	1e-05				128000	16384
azure/gpt-audio-2025-08-28	azure	2.5e-06	1e-05				128000	16384
azure/gpt-audio-mini	azure	6e-07	2.4e-06				128000	16384
azure/gpt-audio-mini-2025-10-06	azure	6e-07	2.4e-06				128000	16384
azure/gpt-chat-latest	azure	5e-06	3e-05	5e-07			128000	128000
azure/mistral-large-2402	azure	8e-06	2.4e-05				32000	32000
azure/mistral-large-latest	azure	8e-06	2.4e-05				32000	32000
azure/model-router	azure	1.4e-07	0.0				200000	32768
azure/o1	azure	1.5e-05	6e-05	7.5e-06			200000	100000
azure/o1-2024-12-17	azure	1.5e-05	6e-05	7.5e-06			200000	100000
azure/o1-mini	azure	1.1e-06	4.4e-06	5.5e-07			128000	65536
azure/o1-mini-2024-09-12	azure	1.1e-06	4.4e-06	5.5e-07			128000	65536
azure/o3	azure	2e-06	8e-06	5e-07			200000	100000
azure/o3-2025-04-16	azure	2e-06	8e-06	5e-07			200000	100000
azure/o3-deep-research	azure	1e-05	4e-05	2.5e-06			200000	100000
azure/o3-mini	azure	1.1e-06	4.4e-06	5.5e-07			200000	100000
azure/o3-mini-2025-01-31	azure	1.1e-06	4.4e-06	5.5e-07			200000	100000
azure/o3-pro	azure	2e-05	8e-05				200000	100000
azure/o3-pro-2025-06-10	azure	2e-05	8e-05				200000	100000
azure/o4-mini	azure	1.1e-06	4.4e-06	2.75e-07			200000	100000
azure/o4-mini-2025-04-16	azure	1.1e-06	4.4e-06	2.75e-07			200000	100000
azure/text-embedding-3-large	azure	1.43e-07	0.0				8192	
azure/text-embedding-3-small	azure	2.2e-08	0.0				8192	
azure/text-embedding-ada-002	azure	1.1e-07	0.0				8192	
azure/us-gov/gpt-5.1	azure	1.71875e-06	1.375e-05	1.71875e-07			272000	128000
azure/us-gov/o3-mini	azure	1.513e-06	6.05e-06	7.57e-07			200000	100000
azure/us-gov/text-embedding-3-large	azure	1.63e-07	0.0				8191	
azure/us-gov/text-embedding-3-small	azure	2.5e-08	0.0				8191	
azure/us/codex-mini	azure	1.65e-06	6.6e-06	4.13e-07				
azure/us/computer-use-preview	azure	3.3e-06	1.32e-05					
azure/us/gpt-4.1	azure	2.2e-06	8.8e-06	5.5e-07				
azure/us/gpt-4.1-2025-04-14	azure	2.2e-06	8.8e-06	5.5e-07			1047576	32768
azure/us/gpt-4.1-mini	azure	4.4e-07	1.76e-06	1.1e-07				
azure/us/gpt-4.1-mini-2025-04-14	azure	4.4e-07	1.76e-06	1.1e-07			1047576	32768
azure/us/gpt-4.1-nano	azure	1.1e-07	4.4e-07	2.8e-08				
azure/us/gpt-4.1-nano-2025-04-14	azure	1.1e-07	4.4e-07	2.8e-08			1047576	32768
azure/us/gpt-4o	azure	2.75e-06	1.1e-05	1.375e-06	1.38e-06		128000	16384
azure/us/gpt-4o-2024-05-13	azure	5.5e-06	1.65e-05				128000	4096
azure/us/gpt-4o-2024-08-06	azure	2.75e-06	1.1e-05	1.375e-06			128000	16384
azure/us/gpt-4o-2024-11-20	azure	2.75e-06	1.1e-05	1.375e-06	1.38e-06		128000	16384
azure/us/gpt-4o-mini	azure	1.65e-07	6.6e-07	8.3e-08			128000	16384
azure/us/gpt-4o-mini-2024-07-18	azure	1.65e-07	6.6e-07	8.3e-08			128000	16384
azure/us/gpt-5	azure	1.375e-06	1.1e-05	1.375e-07				
azure/us/gpt-5-2025-08-07	azure	1.375e-06	1.1e-05	1.375e-07			272000	128000
azure/us/gpt-5-codex	azure	1.375e-06	1.1e-05	1.38e-07				
azure/us/gpt-5-mini	azure	2.75e-07	2.2e-06	2.75e-08				
azure/us/gpt-5-mini-2025-08-07	azure	2.75e-07	2.2e-06	2.75e-08			272000	128000
azure/us/gpt-5-nano	azure	5.5e-08	4.4e-07	5.5e-09				
azure/us/gpt-5-nano-2025-08-07	azure	5.5e-08	4.4e-07	5.5e-09			272000	128000
azure/us/gpt-5-pro	azure	1.65e-05	0.000132					
azure/us/gpt-5.1	azure	1.375e-06	1.1e-05	1.375e-07			272000	128000
azure/us/gpt-5.1-chat	azure	1.375e-06	1.1e-05	1.375e-07			111616	16384
azure/us/gpt-5.1-codex	azure	1.375e-06	1.1e-05	1.375e-07			272000	128000
azure/us/gpt-5.1-codex-max	azure	1.375e-06	1.1e-05	1.375e-07				
azure/us/gpt-5.1-codex-mini	azure	2.75e-07	2.2e-06	2.75e-08			272000	128000
azure/us/gpt-5.2	azure	1.925e-06	1.54e-05	1.925e-07				
azure/us/gpt-5.2-chat	azure	1.925e-06	1.54e-05	1.925e-07			111616	16384
azure/us/gpt-5.2-codex	azure	1.925e-06	1.54e-05	1.925e-07				
azure/us/gpt-5.2-pro	azure	2.31e-05	0.0001848					
azure/us/gpt-5.3-chat	azure	1.925e-06	1.54e-05	1.925e-07			111616	16384
azure/us/gpt-5.3-codex	azure	1.925e-06	1.54e-05	1.925e-07				
azure/us/gpt-5.4	azure	2.75e-06	1.65e-05	2.75e-07			922000	128000
azure/us/gpt-5.4-2026-03-05	azure	2.75e-06	1.65e-05	2.75e-07			922000	128000
azure/us/gpt-5.4-mini	azure	8.25e-07	4.95e-06	8.25e-08				
azure/us/gpt-5.4-nano	azure	2.2e-07	1.375e-06	2.2e-08				
azure/us/gpt-5.4-pro	azure	3.3e-05	0.000198					
azure/us/gpt-5.5	azure	5.5e-06	3.3e-05	5.5e-07			922000	128000
azure/us/gpt-5.5-2026-04-23	azure	5.5e-06	3.3e-05	5.5e-07			922000	128000
azure/us/gpt-5.5-2026-04-24	azure	5.5e-06	3.3e-05	5.5e-07			922000	128000
azure/us/gpt-5.6	azure	4.4e-06	2.2e-05	4.4e-07	5.5e-06		922000	128000
azure/us/gpt-5.6-luna	azure	2.2e-07	1.32e-06	2.2e-08	2.75e-07		922000	128000
azure/us/gpt-5.6-sol	azure	4.4e-06	2.2e-05	4.4e-07	5.5e-06		922000	128000
azure/us/gpt-5.6-terra	azure	2.2e-06	1.32e-05	2.2e-07	2.75e-06		922000	128000
azure/us/gpt-6-astra	azure	1.1e-05	5.5e-05	1.1e-06	1.375e-05		922000	128000
azure/us/gpt-6-luna	azure	1.1e-07	5.5e-07	1.1e-08	1.375e-07		922000	128000
azure/us/gpt-6-sol	azure	2.2e-06	1.1e-05	2.2e-07	2.75e-06		922000	128000
azure/us/gpt-6.1-sol	azure	2.2e-06	1.1e-05	1.1e-07	2.75e-06		922000	128000
azure/us/gpt-6.1-terra	azure	1.1e-06	5.5e-06	5.5e-08	1.375e-06		922000	128000
azure/us/gpt-chat-latest	azure	5.5e-06	3.3e-05	5.5e-07			128000	128000
azure/us/o1	azure	1.65e-05	6.6e-05	8.25e-06			200000	100000
azure/us/o1-2024-12-17	azure	1.65e-05	6.6e-05	8.25e-06			200000	100000
azure/us/o1-mini	azure	1.21e-06	4.84e-06	6.05e-07				
azure/us/o1-mini-2024-09-12	azure	1.21e-06	4.84e-06	6.05e-07			128000	65536
azure/us/o1-preview	azure	1.65e-05	6.6e-05	8.25e-06			128000	32768
azure/us/o3	azure	2.2e-06	8.8e-06	5.5e-07			200000	100000
azure/us/o3-2025-04-16	azure	2.2e-06	8.8e-06	5.5e-07			200000	100000
azure/us/o3-deep-research	azure	1.1e-05	4.4e-05	2.75e-06				
azure/us/o3-mini	azure	1.21e-06	4.84e-06	6.05e-07			200000	100000
azure/us/o3-mini-2025-01-31	azure	1.21e-06	4.84e-06	6.05e-07			200000	100000
azure/us/o4-mini	azure	1.21e-06	4.84e-06	3.03e-07			200000	100000
azure/us/o4-mini-2025-04-16	azure	1.21e-06	4.84e-06	3.03e-07			200000	100000
azure/us/text-embedding-3-large	azure	1.43e-07						
azure/us/text-embedding-3-small	azure	2.2e-08						
azure/us/text-embedding-ada-002	azure	1.1e-07						
azure_ai/Codestral-2501	azure_ai	3e-07	9e-07				256000	4096
azure_ai/Cohere-Embed-V5-Fast	azure_ai	8e-08	0.0				128000	
azure_ai/Cohere-Embed-V5-Pro	azure_ai	1.2e-07	0.0				128000	
azure_ai/Cohere-command-a-plus-05-2026	azure_ai	8e-07	3.2e-06				128000	64000
azure_ai/Cohere-embed-v3-english	azure_ai	1e-07	0.0				512	
azure_ai/Cohere-embed-v3-multilingual	azure_ai	1e-07	0.0				512	
azure_ai/DeepSeek-V4-Flash-0731	azure_ai	4.4e-07	1.32e-06	1.4e-08			1000000	384000
azure_ai/FW-DeepSeek-V3.2	azure_ai	6.2e-07	1.85e-06	3.1e-07			163840	163840
azure_ai/FW-DeepSeek-V4-Flash	azure_ai	1.5e-07	3.1e-07	3e-08			1000000	384000
azure_ai/FW-DeepSeek-V4-Pro	azure_ai	1.925e-06	3.828e-06	1.65e-07			1000000	384000
azure_ai/FW-DeepSeek-V4.1-Flash	azure_ai	3.75e-07	1.5e-06	8e-09			1000000	384000
azure_ai/FW-GLM-5	azure_ai	1.1e-06	3.52e-06	2.2e-07			200000	128000
azure_ai/FW-GLM-5.1	azure_ai	1.54e-06	4.84e-06	2.86e-07			202800	131072
azure_ai/FW-GLM-5.2	azure_ai	1.54e-06	4.84e-06	1.5e-07			1048576	131072
azure_ai/FW-GLM-5.2-Fast	azure_ai	2.31e-06	7.26e-06	2.31e-07			1048576	131072
azure_ai/FW-GLM-5.3	azure_ai	1.75e-06	5.5e-06	3.25e-07			1048576	131072
azure_ai/FW-GLM-5.3-Flash	azure_ai	1.88e-07	6.25e-07	3.8e-08			1048576	131072
azure_ai/FW-GPT-OSS-120B	azure_ai	1.65e-07	6.6e-07	8.2e-08			131072	131072
azure_ai/FW-Inkling	azure_ai	1.1e-06	4.46e-06	1.9e-07			1048576	1048576
azure_ai/FW-Kimi-K2.5	azure_ai	6.6e-07	3.3e-06	1.1e-07			262144	262144
azure_ai/FW-Kimi-K2.6	azure_ai	1.045e-06	4.4e-06	1.76e-07			262144	262144
azure_ai/FW-Kimi-K2.7-Code	azure_ai	1.05e-06	4.4e-06	2.1e-07			262144	262144
azure_ai/FW-Kimi-K3	azure_ai	3e-06	1.5e-05	3e-07			1048576	131072
azure_ai/FW-MiniMax-M2.5	azure_ai	3.3e-07	1.32e-06	3.3e-08			1000000	1000000
azure_ai/FW-MiniMax-M3	azure_ai	3.3e-07	1.32e-06	6.6e-08			512000	512000
azure_ai/FW-Nemotron-3-Ultra-NVFP4	azure_ai	6.6e-07	2.64e-06	1.3e-07			262144	262144
azure_ai/FW-Nemotron-Lightning-3.5-30B-A3B	azure_ai	6e-08	2.2e-07	1e-08			262144	
azure_ai/Llama-3.3-70B-Instruct	azure_ai	7.1e-07	7.1e-07				128000	8192
azure_ai/Llama-4-Maverick-17B-128E-Instruct-FP8	azure_ai	2.5e-07	1e-06				1000000	1000000
azure_ai/Llama-4-Scout-17B-16E-Instruct	azure_ai	2e-07	7.8e-07				10000000	16384
azure_ai/MAI-Code-1.1-Flash	azure_ai	2e-07	1.2e-06	2e-08			256000	64000
azure_ai/MAI-Cyber-1-Flash	azure_ai	6e-07	3.5e-06	6e-08			256000	64000
azure_ai/MAI-DS-R1	azure_ai	1.35e-06	5.4e-06				128000	8192
azure_ai/MAI-Thinking-1	azure_ai	2e-06	8e-06	2e-07			256000	64000
azure_ai/Meta-Llama-3-70B-Instruct	azure_ai	1.1e-06	3.7e-07				8192	2048
azure_ai/Meta-Llama-3.1-70B-Instruct	azure_ai	2.68e-06	3.54e-06				128000	2048
azure_ai/Phi-3-medium-128k-instruct	azure_ai	1.7e-07	6.8e-07				128000	4096
azure_ai/Phi-3-medium-4k-instruct	azure_ai	1.7e-07	6.8e-07				4096	4096
azure_ai/Phi-3-mini-128k-instruct	azure_ai	1.3e-07	5.2e-07				128000	4096
azure_ai/Phi-3-mini-4k-instruct	azure_ai	1.3e-07	5.2e-07				4096	4096
azure_ai/Phi-3-small-128k-instruct	azure_ai	1.5e-07	6e-07				128000	4096
azure_ai/Phi-3-small-8k-instruct	azure_ai	1.5e-07	6e-07				8192	4096
azure_ai/Phi-3.5-MoE-instruct	azure_ai	1.6e-07	6.4e-07				128000	4096
azure_ai/Phi-3.5-mini-instruct	azure_ai	1.3e-07	5.2e-07				128000	4096
azure_ai/Phi-3.5-vision-instruct	azure_ai	1.3e-07	5.2e-07				128000	4096
azure_ai/Phi-4	azure_ai	1.25e-07	5e-07				16384	16384
azure_ai/Phi-4-mini-instruct	azure_ai	7.5e-08	3e-07				131072	4096
azure_ai/Phi-4-mini-reasoning	azure_ai	7.5e-08	3e-07				131072	4096
azure_ai/Phi-4-multimodal-instruct	azure_ai	8e-08	3.2e-07				131072	4096
azure_ai/Phi-4-reasoning	azure_ai	1.25e-07	5e-07				32768	4096
azure_ai/claude-fable-5	azure_ai	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
azure_ai/claude-fable-5-1	azure_ai	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
azure_ai/claude-haiku-4-5	azure_ai	1e-06	5e-06	1e-07	1.25e-06		200000	64000
azure_ai/claude-haiku-5-5	azure_ai	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
azure_ai/claude-opus-4-5	azure_ai	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
azure_ai/claude-opus-4-6	azure_ai	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
azure_ai/claude-opus-4-7	azure_ai	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
azure_ai/claude-opus-4-8	azure_ai	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
azure_ai/claude-opus-5	azure_ai	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
azure_ai/claude-opus-5-5	azure_ai	4e-06	2e-05	2e-07	5e-06		1000000	128000
azure_ai/claude-opus-5-5-fast	azure_ai	8e-06	4e-05	4e-07	1e-05		1000000	128000
azure_ai/claude-sonnet-4-5	azure_ai	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
azure_ai/claude-sonnet-4-6	azure_ai	3e-06	1.5e-05	3e-07	3.75e-06		1000000	128000
azure_ai/claude-sonnet-5	azure_ai	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
azure_ai/claude-sonnet-5-5	azure_ai	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
azure_ai/codex-mini	azure_ai	1.5e-06	6e-06	3.75e-07			200000	100000
azure_ai/cohere-command-a	azure_ai	2.5e-06	1e-05				131072	8182
azure_ai/deepseek-r1	azure_ai	1.35e-06	5.4e-06					
azure_ai/deepseek-v3	azure_ai	1.14e-06	4.56e-06				128000	8192
azure_ai/deepseek-v3-0324	azure_ai	1.14e-06	4.56e-06					
azure_ai/deepseek-v3.1	azure_ai	1.23e-06	4.94e-06					
azure_ai/deepseek-v3.2	azure_ai	5.8e-07	1.68e-06				128000	128000
azure_ai/deepseek-v3.2-speciale	azure_ai	5.8e-07	1.68e-06				128000	128000
azure_ai/deepseek-v4-flash	azure_ai	1.9e-07	5.1e-07	2.8e-08			1000000	384000
azure_ai/deepseek-v4-pro	azure_ai	1.74e-06	3.48e-06	1.45e-07			1000000	384000
azure_ai/deepseek-v4.1-flash	azure_ai	3e-07	1.2e-06	6e-09			1000000	384000
azure_ai/embed-v-4-0	azure_ai	1.2e-07	0.0				128000	
azure_ai/gpt-5.4	azure_ai	2.5e-06	1.5e-05	2.5e-07			922000	128000
azure_ai/gpt-5.4-2026-03-05	azure_ai	2.5e-06	1.5e-05	2.5e-07			922000	128000
azure_ai/gpt-5.4-mini	azure_ai	7.5e-07	4.5e-06	7.5e-08			272000	128000
azure_ai/gpt-5.4-mini-2026-03-17	azure_ai	7.5e-07	4.5e-06	7.5e-08			272000	128000
azure_ai/gpt-5.4-nano	azure_ai	2e-07	1.25e-06	2e-08			272000	128000
azure_ai/gpt-5.4-nano-2026-03-17	azure_ai	2e-07	1.25e-06	2e-08			272000	128000
azure_ai/gpt-5.4-pro	azure_ai	3e-05	0.00018	3e-06			922000	128000
azure_ai/gpt-5.4-pro-2026-03-05	azure_ai	3e-05	0.00018	3e-06			922000	128000
azure_ai/gpt-5.5	azure_ai	5e-06	3e-05	5e-07			922000	128000
azure_ai/gpt-5.5-2026-04-23	azure_ai	5e-06	3e-05	5e-07			922000	128000
azure_ai/gpt-5.5-2026-04-24	azure_ai	5e-06	3e-05	5e-07			922000	128000
azure_ai/gpt-6-astra	azure_ai	1e-05	5e-05	1e-06	1.25e-05		922000	128000
azure_ai/gpt-6-luna	azure_ai	1e-07	5e-07	1e-08	1.25e-07		922000	128000
azure_ai/gpt-6-sol	azure_ai	2e-06	1e-05	2e-07	2.5e-06		922000	128000
azure_ai/gpt-6.1-sol	azure_ai	2e-06	1e-05	1e-07	2.5e-06		922000	128000
azure_ai/gpt-6.1-terra	azure_ai	1e-06	5e-06	5e-08	1.25e-06		922000	128000
azure_ai/gpt-chat-latest	azure_ai	5e-06	3e-05	5e-07			128000	128000
azure_ai/gpt-oss-120b	azure_ai	1.5e-07	6e-07				131072	131072
azure_ai/grok-3	azure_ai	3e-06	1.5e-05					
azure_ai/grok-3-mini	azure_ai	2.5e-07	1.27e-06					
azure_ai/grok-4	azure_ai	3e-06	1.5e-05				262000	8192
azure_ai/grok-4-1-fast-non-reasoning	azure_ai	2e-07	5e-07				128000	128000
azure_ai/grok-4-1-fast-reasoning	azure_ai	2e-07	5e-07				128000	128000
azure_ai/grok-4-20-non-reasoning	azure_ai	1.25e-06	2.5e-06	1.25e-06			262000	8192
azure_ai/grok-4-20-reasoning	azure_ai	1.25e-06	2.5e-06	1.25e-06			262000	8192
azure_ai/grok-4-fast-non-reasoning	azure_ai	2e-07	5e-07					
azure_ai/grok-4-fast-reasoning	azure_ai	2e-07	5e-07					
azure_ai/grok-4.3	azure_ai	1.25e-06	2.5e-06	2e-07			200000	8192
azure_ai/grok-4.6	azure_ai	2e-06	6e-06	5e-07			200000	128000
azure_ai/grok-4.7	azure_ai	2e-06	6e-06	5e-07			500000	500000
azure_ai/grok-code-fast-1	azure_ai	2e-07	1.5e-06				256000	8192
azure_ai/jais-30b-chat	azure_ai	0.0032	0.00971				8192	8192
azure_ai/jamba-instruct	azure_ai	5e-07	7e-07				70000	4096
azure_ai/kimi-k2-thinking	azure_ai	6e-07	2.5e-06				262144	262144
azure_ai/kimi-k2.5	azure_ai	6e-07	3e-06	1e-07			262144	262144
azure_ai/kimi-k2.6	azure_ai	9.5e-07	4e-06	1.6e-07			262144	262144
azure_ai/kimi-k2.7-code	azure_ai	9.5e-07	4e-06	1.9e-07			262144	262144
azure_ai/ministral-3b	azure_ai	4e-08	4e-08				128000	4096
azure_ai/mistral-large	azure_ai	4e-06	1.2e-05				32000	8191
azure_ai/mistral-large-2407	azure_ai	2e-06	6e-06				128000	4096
azure_ai/mistral-large-3	azure_ai	5e-07	1.5e-06				256000	8191
azure_ai/mistral-large-latest	azure_ai	2e-06	6e-06				128000	4096
azure_ai/mistral-medium-2505	azure_ai	4e-07	2e-06				131072	8191
azure_ai/mistral-medium-3-5	azure_ai	1.5e-06	7.5e-06				128000	128000
azure_ai/mistral-nemo	azure_ai	1.5e-07	1.5e-07				131072	4096
azure_ai/mistral-small	azure_ai	1e-06	3e-06				32000	8191
azure_ai/mistral-small-2503	azure_ai	1e-07	3e-07				128000	128000
azure_ai/model-router	azure_ai	1.4e-07	0				200000	32768
azure_ai/model_router	azure_ai	1.4e-07	0				200000	32768
babbage-002	text-completion-openai	4e-07	4e-07				16384	4096
baseten/MiniMaxAI/MiniMax-M2.5	baseten	3e-07	1.2e-06					
baseten/deepseek-ai/DeepSeek-V3-0324	baseten	7.7e-07	7.7e-07					
baseten/deepseek-ai/DeepSeek-V3.1	baseten	5e-07	1.5e-06					
baseten/deepseek-ai/DeepSeek-V4-Flash-0731	baseten	1.3e-07	2.6e-07	2.8e-08			1048576	384000
baseten/deepseek-ai/DeepSeek-V4-Pro	baseten	1.74e-06	3.48e-06	1.45e-07			1048576	262144
baseten/deepseek-ai/DeepSeek-V4-Pro-0813	baseten	1.32e-06	3.96e-06	1.32e-07			1048576	262144
baseten/deepseek-ai/DeepSeek-V4.1-Flash	baseten	3e-07	1.2e-06	7e-09			1048576	262144
baseten/deepseek-ai/DeepSeek-V4.1-Flash-1017	baseten	3e-07	1.2e-06	7e-09			1048576	262144
baseten/deepseek-ai/DeepSeek-V4.1-Flash-1017-Fast	baseten	6e-07	2.4e-06	1.4e-08			1048576	262144
baseten/deepseek-ai/DeepSeek-V4.1-Flash-Fast	baseten	6e-07	2.4e-06	1.4e-08			1048576	131072
baseten/meta-models/muse-spark-open	baseten	1.25e-06	4.25e-06	1.5e-07			1048576	1048576
baseten/moonshotai/Kimi-K2-Instruct-0905	baseten	6e-07	2.5e-06					
baseten/moonshotai/Kimi-K2-Thinking	baseten	6e-07	2.5e-06					
baseten/moonshotai/Kimi-K2.5	baseten	6e-07	3e-06					
baseten/moonshotai/Kimi-K2.6	baseten	9.5e-07	4e-06	1.6e-07			262000	262000
baseten/moonshotai/Kimi-K2.7-Code	baseten	9.5e-07	4e-06	1.6e-07			262000	262000
baseten/moonshotai/Kimi-K3	baseten	3e-06	1.5e-05	3e-07			1048576	262144
baseten/nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B	baseten	6e-07	2.4e-06	1.2e-07			202800	202800
baseten/nvidia/NVIDIA-Nemotron-3.5-Super-VL-120B-A12B	baseten	2e-07	5e-07	4e-08			1048576	1048576
baseten/nvidia/Nemotron-120B-A12B	baseten	3e-07	7.5e-07					
baseten/openai/gpt-oss-120b	baseten	1e-07	5e-07	1e-07			128072	128072
baseten/reflection/Beam-1.0	baseten	4e-07	1.2e-06	4e-08			1048576	131072
baseten/thinkingmachines/inkling	baseten	1e-06	4.05e-06	1.7e-07			1048576	32768
baseten/thinkingmachines/inkling-small	baseten	5e-07	1.2e-06	1e-07			1048576	32768
baseten/zai-org/GLM-4.6	baseten	6e-07	2.2e-06					
baseten/zai-org/GLM-4.7	baseten	6e-07	2.2e-06	1.2e-07			200000	200000
baseten/zai-org/GLM-5	baseten	9.5e-07	3.15e-06					
baseten/zai-org/GLM-5.2	baseten	1.4e-06	4.4e-06	1.4e-07			1048576	262144
baseten/zai-org/GLM-5.2-Fast	baseten	2.1e-06	6.6e-06	2.1e-07			1048576	262144
baseten/zai-org/GLM-5.3	baseten	1.4e-06	4.4e-06	1.4e-07			1048576	262144
baseten/zai-org/GLM-5.3-Fast	baseten	2.1e-06	6.6e-06	2.1e-07			1048576	262144
baseten/zai-org/GLM-5.3-Flash	baseten	1.5e-07	5e-07	3e-08			1048576	131072
bedrock/ap-northeast-1/anthropic.claude-instant-v1	bedrock	2.23e-06	7.55e-06				100000	8191
bedrock/ap-northeast-1/anthropic.claude-v1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/ap-northeast-1/anthropic.claude-v2:1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/ap-northeast-1/deepseek.v3.2	bedrock	7.4e-07	2.22e-06				163840	8000
bedrock/ap-northeast-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/ap-northeast-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/ap-northeast-1/mistral.voxtral-mini-3b-2507	bedrock	5e-08	5e-08				32768	8192
bedrock/ap-northeast-1/mistral.voxtral-small-24b-2507	bedrock	1.2e-07	3.6e-07				32768	8192
bedrock/ap-northeast-1/moonshotai.kimi-k2-thinking	bedrock	7.3e-07	3.03e-06				262144	16000
bedrock/ap-northeast-1/moonshotai.kimi-k2.5	bedrock	7.2e-07	3.6e-06				262144	16000
bedrock/ap-northeast-1/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/ap-northeast-1/qwen.qwen3-next-80b-a3b	bedrock	1.8e-07	1.45e-06				262144	8192
bedrock/ap-south-1/deepseek.v3.2	bedrock	7.4e-07	2.22e-06				163840	8000
bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0	bedrock	3.18e-06	4.2e-06				8192	8192
bedrock/ap-south-1/meta.llama3-8b-instruct-v1:0	bedrock	3.6e-07	7.2e-07				8192	8192
bedrock/ap-south-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/ap-south-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/ap-south-1/moonshotai.kimi-k2-thinking	bedrock	7.1e-07	2.94e-06				262144	16000
bedrock/ap-south-1/moonshotai.kimi-k2.5	bedrock	7.2e-07	3.6e-06				262144	16000
bedrock/ap-south-1/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/ap-south-1/qwen.qwen3-next-80b-a3b	bedrock	1.8e-07	1.41e-06				262144	8192
bedrock/ap-southeast-2/minimax.minimax-m2.5	bedrock	3.1e-07	1.24e-06				196000	8192
bedrock/ap-southeast-2/mistral.voxtral-mini-3b-2507	bedrock	4.12e-08	4.12e-08				32768	8192
bedrock/ap-southeast-2/mistral.voxtral-small-24b-2507	bedrock	1.03e-07	3.09e-07				32768	8192
bedrock/ap-southeast-2/qwen.qwen3-next-80b-a3b	bedrock	1.545e-07	1.236e-06				262144	8192
bedrock/ap-southeast-3/deepseek.v3.2	bedrock	7.4e-07	2.22e-06				163840	8000
bedrock/ap-southeast-3/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/ap-southeast-3/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/ap-southeast-3/moonshotai.kimi-k2.5	bedrock	7.2e-07	3.6e-06				262144	16000
bedrock/ap-southeast-3/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/ca-central-1/meta.llama3-70b-instruct-v1:0	bedrock	3.05e-06	4.03e-06				8192	8192
bedrock/ca-central-1/meta.llama3-8b-instruct-v1:0	bedrock	3.5e-07	6.9e-07				8192	8192
bedrock/claude_platform/claude-fable-5	bedrock	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
bedrock/claude_platform/claude-fable-5-1	bedrock	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
bedrock/claude_platform/claude-haiku-4-5	bedrock	1e-06	5e-06	1e-07	1.25e-06		200000	64000
bedrock/claude_platform/claude-haiku-5-5	bedrock	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
bedrock/claude_platform/claude-opus-4-5	bedrock	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
bedrock/claude_platform/claude-opus-4-6	bedrock	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
bedrock/claude_platform/claude-opus-4-7	bedrock	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
bedrock/claude_platform/claude-opus-4-8	bedrock	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
bedrock/claude_platform/claude-opus-5	bedrock	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
bedrock/claude_platform/claude-opus-5-5	bedrock	4e-06	2e-05	2e-07	5e-06		1000000	128000
bedrock/claude_platform/claude-sonnet-4-5	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
bedrock/claude_platform/claude-sonnet-4-6	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		1000000	128000
bedrock/claude_platform/claude-sonnet-5	bedrock	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
bedrock/claude_platform/claude-sonnet-5-5	bedrock	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
bedrock/eu-central-1/anthropic.claude-instant-v1	bedrock	2.48e-06	8.38e-06				100000	8191
bedrock/eu-central-1/anthropic.claude-v1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/eu-central-1/anthropic.claude-v2:1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/eu-central-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-central-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-central-1/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/eu-north-1/deepseek.v3.2	bedrock	7.4e-07	2.22e-06				163840	8000
bedrock/eu-north-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-north-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-north-1/moonshotai.kimi-k2.5	bedrock	7.2e-07	3.6e-06				262144	16000
bedrock/eu-south-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-south-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-south-1/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/eu-west-1/meta.llama3-70b-instruct-v1:0	bedrock	2.86e-06	3.78e-06				8192	8192
bedrock/eu-west-1/meta.llama3-8b-instruct-v1:0	bedrock	3.2e-07	6.5e-07				8192	8192
bedrock/eu-west-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-west-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/eu-west-1/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/eu-west-1/qwen.qwen3-next-80b-a3b	bedrock	1.8e-07	1.41e-06				262144	8192
bedrock/eu-west-2/meta.llama3-70b-instruct-v1:0	bedrock	3.45e-06	4.55e-06				8192	8192
bedrock/eu-west-2/meta.llama3-8b-instruct-v1:0	bedrock	3.9e-07	7.8e-07				8192	8192
bedrock/eu-west-2/minimax.minimax-m2.1	bedrock	4.7e-07	1.86e-06				196000	8192
bedrock/eu-west-2/minimax.minimax-m2.5	bedrock	4.7e-07	1.86e-06				196000	8192
bedrock/eu-west-2/mistral.voxtral-mini-3b-2507	bedrock	6e-08	6e-08				32768	8192
bedrock/eu-west-2/mistral.voxtral-small-24b-2507	bedrock	1.6e-07	4.7e-07				32768	8192
bedrock/eu-west-2/nvidia.nemotron-super-3-120b	bedrock	2.3e-07	1.01e-06				256000	32000
bedrock/eu-west-2/qwen.qwen3-coder-next	bedrock	7.8e-07	1.86e-06				262144	16384
bedrock/eu-west-2/qwen.qwen3-next-80b-a3b	bedrock	2.3e-07	1.86e-06				262144	8192
bedrock/eu-west-3/mistral.mistral-7b-instruct-v0:2	bedrock	2e-07	2.6e-07				32000	4096
bedrock/eu-west-3/mistral.mistral-large-2402-v1:0	bedrock	5.2e-06	1.56e-05				32000	4096
bedrock/eu-west-3/mistral.mixtral-8x7b-instruct-v0:1	bedrock	5.9e-07	9.1e-07				32000	4096
bedrock/invoke/anthropic.claude-3-5-sonnet-20240620-v1:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	4096
bedrock/moonshotai.kimi-k2-thinking	bedrock	6e-07	2.5e-06				262144	16000
bedrock/moonshotai.kimi-k2.5	bedrock	6e-07	3e-06				262144	16000
bedrock/sa-east-1/deepseek.v3.2	bedrock	7.4e-07	2.22e-06				163840	8000
bedrock/sa-east-1/meta.llama3-70b-instruct-v1:0	bedrock	4.45e-06	5.88e-06				8192	8192
bedrock/sa-east-1/meta.llama3-8b-instruct-v1:0	bedrock	5e-07	1.01e-06				8192	8192
bedrock/sa-east-1/minimax.minimax-m2.1	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/sa-east-1/minimax.minimax-m2.5	bedrock	3.6e-07	1.44e-06				196000	8192
bedrock/sa-east-1/moonshotai.kimi-k2-thinking	bedrock	7.3e-07	3.03e-06				262144	16000
bedrock/sa-east-1/moonshotai.kimi-k2.5	bedrock	7.2e-07	3.6e-06				262144	16000
bedrock/sa-east-1/qwen.qwen3-coder-next	bedrock	6e-07	1.44e-06				262144	16384
bedrock/sa-east-1/qwen.qwen3-next-80b-a3b	bedrock	1.8e-07	1.45e-06				262144	8192
bedrock/us-east-1/anthropic.claude-instant-v1	bedrock	8e-07	2.4e-06				100000	8191
bedrock/us-east-1/anthropic.claude-v1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/us-east-1/anthropic.claude-v2:1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/us-east-1/deepseek.v3.2	bedrock	6.2e-07	1.85e-06				163840	8000
bedrock/us-east-1/meta.llama3-70b-instruct-v1:0	bedrock	2.65e-06	3.5e-06				8192	8192
bedrock/us-east-1/meta.llama3-8b-instruct-v1:0	bedrock	3e-07	6e-07				8192	8192
bedrock/us-east-1/minimax.minimax-m2.1	bedrock	3e-07	1.2e-06				196000	8192
bedrock/us-east-1/minimax.minimax-m2.5	bedrock	3e-07	1.2e-06				196000	8192
bedrock/us-east-1/mistral.mistral-7b-instruct-v0:2	bedrock	1.5e-07	2e-07				32000	4096
bedrock/us-east-1/mistral.mistral-large-2402-v1:0	bedrock	4e-06	1.2e-05				32000	4096
bedrock/us-east-1/mistral.mixtral-8x7b-instruct-v0:1	bedrock	4.5e-07	7e-07				32000	4096
bedrock/us-east-1/moonshotai.kimi-k2-thinking	bedrock	6e-07	2.5e-06				262144	16000
bedrock/us-east-1/moonshotai.kimi-k2.5	bedrock	6e-07	3e-06				262144	16000
bedrock/us-east-1/qwen.qwen3-coder-next	bedrock	5e-07	1.2e-06				262144	16384
bedrock/us-east-1/zai.glm-5	bedrock	1e-06	3.2e-06				200000	128000
bedrock/us-east-2/deepseek.v3.2	bedrock	6.2e-07	1.85e-06				163840	8000
bedrock/us-east-2/minimax.minimax-m2.1	bedrock	3e-07	1.2e-06				196000	8192
bedrock/us-east-2/minimax.minimax-m2.5	bedrock	3e-07	1.2e-06				196000	8192
bedrock/us-east-2/moonshotai.kimi-k2-thinking	bedrock	6e-07	2.5e-06				262144	16000
bedrock/us-east-2/moonshotai.kimi-k2.5	bedrock	6e-07	3e-06				262144	16000
bedrock/us-east-2/qwen.qwen3-coder-next	bedrock	5e-07	1.2e-06				262144	16384
bedrock/us-gov-east-1/amazon.nova-pro-v1:0	bedrock	9.6e-07	3.84e-06	2.4e-07			300000	10000
bedrock/us-gov-east-1/amazon.titan-embed-text-v1	bedrock	1e-07	0.0				8192	
bedrock/us-gov-east-1/amazon.titan-embed-text-v2:0	bedrock	2e-07	0.0				8192	
bedrock/us-gov-east-1/amazon.titan-text-express-v1	bedrock	1.3e-06	1.7e-06				42000	8000
bedrock/us-gov-east-1/amazon.titan-text-lite-v1	bedrock	3e-07	4e-07				42000	4000
bedrock/us-gov-east-1/amazon.titan-text-premier-v1:0	bedrock	5e-07	1.5e-06				42000	32000
bedrock/us-gov-east-1/anthropic.claude-fable-5-1	bedrock	1.2e-05	6e-05	3e-07	1.5e-05		1000000	128000
bedrock/us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0	bedrock	1.2e-06	6e-06	1.2e-07	1.5e-06		200000	64000
bedrock/us-gov-east-1/anthropic.claude-haiku-5-5	bedrock	1.2e-07	6e-07	1.2e-08	1.5e-07		1000000	128000
bedrock/us-gov-east-1/anthropic.claude-opus-4-8	bedrock	6e-06	3e-05	6e-07	7.5e-06		1000000	128000
bedrock/us-gov-east-1/anthropic.claude-opus-5	bedrock	6e-06	3e-05	6e-07	7.5e-06		1000000	128000
bedrock/us-gov-east-1/anthropic.claude-opus-5-5	bedrock	4.8e-06	2.4e-05	2.4e-07	6e-06		1000000	128000
bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock	3.6e-06	1.8e-05	3.6e-07	4.5e-06		200000	64000
bedrock/us-gov-east-1/anthropic.claude-sonnet-5	bedrock	2.4e-06	1.2e-05	2.4e-07	3e-06		1000000	128000
bedrock/us-gov-east-1/anthropic.claude-sonnet-5-5	bedrock	2.4e-06	1.2e-05	1.2e-07	3e-06		1000000	128000
bedrock/us-gov-east-1/claude-sonnet-4-5-20250929-v1:0	bedrock	3.6e-06	1.8e-05	3.6e-07	4.5e-06		200000	64000
bedrock/us-gov-east-1/meta.llama3-70b-instruct-v1:0	bedrock	2.65e-06	3.5e-06				8000	2048
bedrock/us-gov-east-1/meta.llama3-8b-instruct-v1:0	bedrock	3e-07	2.65e-06				8000	2048
bedrock/us-gov-east-1/nvidia.nemotron-nano-12b-v2	bedrock	2.4e-07	7.2e-07				128000	8192
bedrock/us-gov-east-1/nvidia.nemotron-nano-3-30b	bedrock	7.2e-08	2.88e-07				262144	8192
bedrock/us-gov-east-1/nvidia.nemotron-nano-9b-v2	bedrock	7.2e-08	2.76e-07				128000	8192
bedrock/us-gov-east-1/nvidia.nemotron-super-3-120b	bedrock	1.8e-07	7.8e-07				256000	32768
bedrock/us-gov-east-1/openai.gpt-oss-120b-1:0	bedrock	1.8e-07	7.2e-07				128000	16384
bedrock/us-gov-east-1/openai.gpt-oss-20b-1:0	bedrock	8.4e-08	3.6e-07				128000	16384
bedrock/us-gov-west-1/amazon.nova-2-multimodal-embeddings-v1:0	bedrock	1.62e-07	0.0				8172	
bedrock/us-gov-west-1/amazon.nova-lite-v1:0	bedrock	7.2e-08	2.88e-07	1.8e-08			300000	10000
bedrock/us-gov-west-1/amazon.nova-micro-v1:0	bedrock	4.2e-08	1.68e-07	1.05e-08			128000	10000
bedrock/us-gov-west-1/amazon.nova-pro-v1:0	bedrock	9.6e-07	3.84e-06	2.4e-07			300000	10000
bedrock/us-gov-west-1/amazon.titan-embed-text-v1	bedrock	1e-07	0.0				8192	
bedrock/us-gov-west-1/amazon.titan-embed-text-v2:0	bedrock	1.1e-07	0.0				8192	
bedrock/us-gov-west-1/amazon.titan-text-express-v1	bedrock	8e-07	1.6e-06				42000	8000
bedrock/us-gov-west-1/amazon.titan-text-lite-v1	bedrock	3e-07	4e-07				42000	4000
bedrock/us-gov-west-1/amazon.titan-text-premier-v1:0	bedrock	5e-07	1.5e-06				42000	32000
bedrock/us-gov-west-1/anthropic.claude-fable-5-1	bedrock	1.2e-05	6e-05	3e-07	1.5e-05		1000000	128000
bedrock/us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0	bedrock	1.2e-06	6e-06	1.2e-07	1.5e-06		200000	64000
bedrock/us-gov-west-1/anthropic.claude-haiku-5-5	bedrock	1.2e-07	6e-07	1.2e-08	1.5e-07		1000000	128000
bedrock/us-gov-west-1/anthropic.claude-opus-4-8	bedrock	6e-06	3e-05	6e-07	7.5e-06		1000000	128000
bedrock/us-gov-west-1/anthropic.claude-opus-5	bedrock	6e-06	3e-05	6e-07	7.5e-06		1000000	128000
bedrock/us-gov-west-1/anthropic.claude-opus-5-5	bedrock	4.8e-06	2.4e-05	2.4e-07	6e-06		1000000	128000
bedrock/us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock	3.6e-06	1.8e-05	3.6e-07	4.5e-06		200000	64000
bedrock/us-gov-west-1/anthropic.claude-sonnet-5	bedrock	2.4e-06	1.2e-05	2.4e-07	3e-06		1000000	128000
bedrock/us-gov-west-1/anthropic.claude-sonnet-5-5	bedrock	2.4e-06	1.2e-05	1.2e-07	3e-06		1000000	128000
bedrock/us-gov-west-1/claude-sonnet-4-5-20250929-v1:0	bedrock	3.6e-06	1.8e-05	3.6e-07	4.5e-06		200000	64000
bedrock/us-gov-west-1/meta.llama3-70b-instruct-v1:0	bedrock	2.65e-06	3.5e-06				8000	8192
bedrock/us-gov-west-1/meta.llama3-8b-instruct-v1:0	bedrock	3e-07	6e-07				8000	8192
bedrock/us-gov-west-1/nvidia.nemotron-nano-12b-v2	bedrock	2.4e-07	7.2e-07				128000	8192
bedrock/us-gov-west-1/nvidia.nemotron-nano-3-30b	bedrock	7.2e-08	2.88e-07				262144	8192
bedrock/us-gov-west-1/nvidia.nemotron-nano-9b-v2	bedrock	7.2e-08	2.76e-07				128000	8192
bedrock/us-gov-west-1/nvidia.nemotron-super-3-120b	bedrock	1.8e-07	7.8e-07				256000	32768
bedrock/us-gov-west-1/openai.gpt-oss-120b-1:0	bedrock	1.8e-07	7.2e-07				128000	16384
bedrock/us-gov-west-1/openai.gpt-oss-20b-1:0	bedrock	8.4e-08	3.6e-07				128000	16384
bedrock/us-west-1/meta.llama3-70b-instruct-v1:0	bedrock	2.65e-06	3.5e-06				8192	8192
bedrock/us-west-1/meta.llama3-8b-instruct-v1:0	bedrock	3e-07	6e-07				8192	8192
bedrock/us-west-2/anthropic.claude-instant-v1	bedrock	8e-07	2.4e-06				100000	8191
bedrock/us-west-2/anthropic.claude-v1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/us-west-2/anthropic.claude-v2:1	bedrock	8e-06	2.4e-05				100000	8191
bedrock/us-west-2/deepseek.v3.2	bedrock	6.2e-07	1.85e-06				163840	8000
bedrock/us-west-2/minimax.minimax-m2.1	bedrock	3e-07	1.2e-06				196000	8192
bedrock/us-west-2/minimax.minimax-m2.5	bedrock	3e-07	1.2e-06				196000	8192
bedrock/us-west-2/mistral.mistral-7b-instruct-v0:2	bedrock	1.5e-07	2e-07				32000	4096
bedrock/us-west-2/mistral.mistral-large-2402-v1:0	bedrock	4e-06	1.2e-05				32000	4096
bedrock/us-west-2/mistral.mixtral-8x7b-instruct-v0:1	bedrock	4.5e-07	7e-07				32000	4096
bedrock/us-west-2/moonshotai.kimi-k2-thinking	bedrock	6e-07	2.5e-06				262144	16000
bedrock/us-west-2/moonshotai.kimi-k2.5	bedrock	6e-07	3e-06				262144	16000
bedrock/us-west-2/qwen.qwen3-coder-next	bedrock	5e-07	1.2e-06				262144	16384
bedrock/us-west-2/zai.glm-5	bedrock	1e-06	3.2e-06				200000	128000
bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0	bedrock	8e-07	4e-06	8e-08	1e-06		200000	8192
bedrock_mantle/anthropic.claude-haiku-4-5	bedrock_mantle	1e-06	5e-06	1e-07	1.25e-06		200000	64000
bedrock_mantle/anthropic.claude-haiku-5-5	bedrock_mantle	1.1e-07	5.5e-07	1.1e-08	1.375e-07		1000000	128000
bedrock_mantle/anthropic.claude-opus-5-5	bedrock_mantle	4.4e-06	2.2e-05	2.2e-07	5.5e-06		1000000	128000
bedrock_mantle/anthropic.claude-sonnet-5-5	bedrock_mantle	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	128000
bedrock_mantle/deepseek.v3.1	bedrock_mantle	5.8e-07	1.68e-06				128000	8000
bedrock_mantle/google.gemma-4-26b-a4b	bedrock_mantle	1.3e-07	4e-07				256000	256000
bedrock_mantle/google.gemma-4-31b	bedrock_mantle	1.4e-07	4e-07				256000	256000
bedrock_mantle/google.gemma-4-e2b	bedrock_mantle	4e-08	8e-08				128000	128000
bedrock_mantle/moonshotai.kimi-k2-thinking	bedrock_mantle	6e-07	2.5e-06				256000	16000
bedrock_mantle/openai.gpt-5.4	bedrock_mantle	2.75e-06	1.65e-05	2.75e-07			922000	128000
bedrock_mantle/openai.gpt-5.5	bedrock_mantle	5.5e-06	3.3e-05	5.5e-07			922000	128000
bedrock_mantle/openai.gpt-5.6-cyber	bedrock_mantle	1.375e-05	8.25e-05	1.375e-06	1.71875e-05		922000	128000
bedrock_mantle/openai.gpt-5.6-luna	bedrock_mantle	2.2e-07	1.32e-06	2.2e-08	2.75e-07		922000	128000
bedrock_mantle/openai.gpt-5.6-sol	bedrock_mantle	4.4e-06	2.2e-05	4.4e-07	5.5e-06		922000	128000
bedrock_mantle/openai.gpt-5.6-terra	bedrock_mantle	2.2e-06	1.32e-05	2.2e-07	2.75e-06		922000	128000
bedrock_mantle/openai.gpt-6-astra	bedrock_mantle	1.1e-05	5.5e-05	1.1e-06	1.375e-05		922000	128000
bedrock_mantle/openai.gpt-6-luna	bedrock_mantle	1.1e-07	5.5e-07	1.1e-08	1.375e-07		922000	128000
bedrock_mantle/openai.gpt-6-sol	bedrock_mantle	2.2e-06	1.1e-05	2.2e-07	2.75e-06		922000	128000
bedrock_mantle/openai.gpt-6.1-sol	bedrock_mantle	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	131072
bedrock_mantle/openai.gpt-6.1-terra	bedrock_mantle	1.1e-06	5.5e-06	5.5e-08	1.375e-06		922000	128000
bedrock_mantle/openai.gpt-daybreak-blue-5.6-sol	bedrock_mantle	4.4e-06	2.2e-05	4.4e-07	5.5e-06		1050000	128000
bedrock_mantle/openai.gpt-oss-120b	bedrock_mantle	1.5e-07	6e-07				131072	16384
bedrock_mantle/openai.gpt-oss-20b	bedrock_mantle	7e-08	3e-07				131072	16384
bedrock_mantle/openai.gpt-oss-safeguard-120b	bedrock_mantle	1.5e-07	6e-07				131072	16000
bedrock_mantle/openai.gpt-oss-safeguard-20b	bedrock_mantle	7e-08	2e-07				131072	16000
bedrock_mantle/qwen.qwen3-235b-a22b-2507	bedrock_mantle	2.2e-07	8.8e-07				256000	8000
bedrock_mantle/qwen.qwen3-32b	bedrock_mantle	1.5e-07	6e-07				32000	8000
bedrock_mantle/qwen.qwen3-coder-30b-a3b-instruct	bedrock_mantle	1.5e-07	6e-07				256000	16000
bedrock_mantle/qwen.qwen3-coder-480b-a35b-instruct	bedrock_mantle	4.5e-07	1.8e-06				262144	16000
bedrock_mantle/qwen.qwen3-next-80b-a3b-instruct	bedrock_mantle	1.4e-07	1.2e-06				256000	8000
bedrock_mantle/qwen.qwen3-vl-235b-a22b-instruct	bedrock_mantle	5.3e-07	2.66e-06				256000	8000
bedrock_mantle/us-gov-east-1/openai.gpt-5.4	bedrock_mantle	3.3e-06	1.98e-05	3.3e-07			922000	128000
bedrock_mantle/us-gov-east-1/openai.gpt-oss-120b	bedrock_mantle	1.8e-07	7.2e-07				131072	16384
bedrock_mantle/us-gov-east-1/openai.gpt-oss-20b	bedrock_mantle	8.4e-08	3.6e-07				131072	16384
bedrock_mantle/us-gov-east-1/xai.grok-4.6	bedrock_mantle	2.64e-06	7.92e-06	6.6e-07			500000	500000
bedrock_mantle/us-gov-west-1/anthropic.claude-haiku-5-5	bedrock_mantle	1.2e-07	6e-07	1.2e-08	1.5e-07		1000000	128000
bedrock_mantle/us-gov-west-1/anthropic.claude-opus-5-5	bedrock_mantle	4.8e-06	2.4e-05	2.4e-07	6e-06		1000000	128000
bedrock_mantle/us-gov-west-1/anthropic.claude-sonnet-5-5	bedrock_mantle	2.4e-06	1.2e-05	1.2e-07	3e-06		1000000	128000
bedrock_mantle/us-gov-west-1/google.gemma-4-26b-a4b	bedrock_mantle	1.56e-07	4.8e-07				256000	256000
bedrock_mantle/us-gov-west-1/google.gemma-4-31b	bedrock_mantle	1.68e-07	4.8e-07				256000	256000
bedrock_mantle/us-gov-west-1/google.gemma-4-e2b	bedrock_mantle	4.8e-08	9.6e-08				128000	128000
bedrock_mantle/us-gov-west-1/openai.gpt-5.4	bedrock_mantle	3.375e-06	2.025e-05	3.375e-07			922000	128000
bedrock_mantle/us-gov-west-1/openai.gpt-5.6-luna	bedrock_mantle	2.7e-07	1.62e-06	2.7e-08	3.375e-07		922000	128000
bedrock_mantle/us-gov-west-1/openai.gpt-5.6-terra	bedrock_mantle	2.7e-06	1.62e-05	2.7e-07	3.375e-06		922000	128000
bedrock_mantle/us-gov-west-1/openai.gpt-oss-120b	bedrock_mantle	1.8e-07	7.2e-07				131072	16384
bedrock_mantle/us-gov-west-1/openai.gpt-oss-20b	bedrock_mantle	8.4e-08	3.6e-07				131072	16384
bedrock_mantle/us-gov-west-1/xai.grok-4.3	bedrock_mantle	1.5e-06	3e-06	2.4e-07			1048576	16384
bedrock_mantle/us-gov-west-1/xai.grok-4.6	bedrock_mantle	2.64e-06	7.92e-06	6.6e-07			500000	500000
bedrock_mantle/xai.grok-4.3	bedrock_mantle	1.25e-06	2.5e-06	2e-07			1048576	16384
bedrock_mantle/xai.grok-4.6	bedrock_mantle	2.2e-06	6.6e-06	5.5e-07			500000	500000
bigmodel/glm-5.3	bigmodel	1.1428571428571428e-06	4e-06	2.857142857142857e-07			1000000	128000
bigmodel/glm-5.3-flash	bigmodel	1.142857142857143e-07	4e-07	3.2857142857142855e-08			1000000	128000
bigmodel/glm-5.3-flashx	bigmodel	2.857142857142857e-07	1e-06	8.142857142857142e-08			1000000	128000
c4ai-aya-expanse-32b	cohere_chat	5e-07	1.5e-06				128000	4000
cerebras/gemma-4-31b	cerebras	9.9e-07	1.49e-06				131072	40960
cerebras/gpt-oss-120b	cerebras	3.5e-07	7.5e-07				131072	32768
cerebras/llama-3.1-70b	cerebras	6e-07	6e-07				128000	128000
cerebras/llama-3.1-8b	cerebras	1e-07	1e-07				128000	128000
cerebras/llama-3.3-70b	cerebras	8.5e-07	1.2e-06				128000	128000
cerebras/llama3.1-70b	cerebras	6e-07	6e-07				128000	128000
cerebras/llama3.1-8b	cerebras	1e-07	1e-07				128000	128000
cerebras/qwen-3-32b	cerebras	4e-07	8e-07				128000	128000
cerebras/qwen-3.8-27b	cerebras	9.9e-07	1.49e-06				65536	32768
chat-latest	openai	5e-06	3e-05	5e-07			400000	128000
chatdolphin	nlp_cloud	5e-07	5e-07				16384	16384
claude-fable-5	anthropic	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
claude-fable-5-1	anthropic	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
claude-haiku-4-5	anthropic	1e-06	5e-06	1e-07	1.25e-06		200000	64000
claude-haiku-4-5-20251001	anthropic	1e-06	5e-06	1e-07	1.25e-06		200000	64000
claude-haiku-5-5	anthropic	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
claude-mythos-5	anthropic	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
claude-mythos-5-1	anthropic	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
claude-mythos-preview	anthropic	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
claude-opus-4-5	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
claude-opus-4-5-20251101	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
claude-opus-4-6	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
claude-opus-4-6-20260205	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
claude-opus-4-7	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
claude-opus-4-7-20260416	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
claude-opus-4-8	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
claude-opus-5	anthropic	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
claude-opus-5-5	anthropic	4e-06	2e-05	2e-07	5e-06		1000000	128000
claude-sonnet-4-5	anthropic	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
claude-sonnet-4-5-20250929	anthropic	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
claude-sonnet-4-5-20250929-v1:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
claude-sonnet-4-6	anthropic	3e-06	1.5e-05	3e-07	3.75e-06		1000000	128000
claude-sonnet-5	anthropic	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
claude-sonnet-5-5	anthropic	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
clf_ai_gateway/deepseek-v4-flash	clf_ai_gateway	1.76e-07	5.28e-07	5e-09			1048576	131072
clf_ai_gateway/deepseek-v4-pro	clf_ai_gateway	5.28e-07	1.584e-06	1.7e-08			1048576	131072
clf_ai_gateway/deepseek-v4.1-flash	clf_ai_gateway	1.2e-07	4.8e-07	2e-09			1048576	131072
clf_ai_gateway/glm-4.7-flash	clf_ai_gateway	2.4e-08	1.6e-07				131072	131072
clf_ai_gateway/glm-5.2	clf_ai_gateway	5.6e-07	1.76e-06	1.04e-07			262144	131072
clf_ai_gateway/glm-5.3	clf_ai_gateway	5.6e-07	1.76e-06	1.04e-07			1048576	131072
clf_ai_gateway/glm-5.3-flash	clf_ai_gateway	6e-08	2e-07	1.2e-08			1048576	131072
clf_ai_gateway/kimi-k2.6	clf_ai_gateway	3.8e-07	1.6e-06	6.4e-08			262144	131072
clf_ai_gateway/kimi-k2.7-code	clf_ai_gateway	3.8e-07	1.6e-06	7.6e-08			262144	131072
clf_ai_gateway/qwen3.8-27b	clf_ai_gateway	1.8e-07	1.28e-06	2e-08			262144	131072
cloudflare/@cf/aisingapore/gemma-sea-lion-v4-27b-it	cloudflare	3.51e-07	5.55e-07				128000	128000
cloudflare/@cf/deepseek-ai/deepseek-r1-distill-qwen-32b	cloudflare	4.97e-07	4.881e-06				80000	80000
cloudflare/@cf/google/gemma-2b-it-lora	cloudflare	0.0	0.0				8192	8192
cloudflare/@cf/google/gemma-4-26b-a4b-it	cloudflare	1e-07	3e-07				256000	256000
cloudflare/@cf/google/gemma-7b-it-lora	cloudflare	0.0	0.0				3500	3500
cloudflare/@cf/ibm-granite/granite-4.0-h-micro	cloudflare	1.7e-08	1.12e-07				131000	131000
cloudflare/@cf/meta-llama/llama-2-7b-chat-hf-lora	cloudflare	0.0	0.0				8192	8192
cloudflare/@cf/meta/llama-2-7b-chat-fp16	cloudflare	1.923e-06	1.923e-06				3072	3072
cloudflare/@cf/meta/llama-2-7b-chat-int8	cloudflare	1.923e-06	1.923e-06				2048	2048
cloudflare/@cf/meta/llama-3.1-8b-instruct-fp8	cloudflare	1.52e-07	2.87e-07				32000	32000
cloudflare/@cf/meta/llama-3.2-11b-vision-instruct	cloudflare	4.85e-08	6.76e-07				128000	128000
cloudflare/@cf/meta/llama-3.2-1b-instruct	cloudflare	2.7e-08	2.01e-07				60000	60000
cloudflare/@cf/meta/llama-3.2-3b-instruct	cloudflare	5.09e-08	3.35e-07				80000	80000
cloudflare/@cf/meta/llama-3.3-70b-instruct-fp8-fast	cloudflare	2.93e-07	2.253e-06				24000	24000
cloudflare/@cf/meta/llama-4-scout-17b-16e-instruct	cloudflare	2.7e-07	8.5e-07				131000	131000
cloudflare/@cf/meta/llama-guard-3-8b	cloudflare	4.84e-07	3e-08				131072	131072
cloudflare/@cf/mistral/mistral-7b-instruct-v0.1	cloudflare	1.923e-06	1.923e-06				8192	8192
cloudflare/@cf/mistral/mistral-7b-instruct-v0.2-lora	cloudflare	0.0	0.0				15000	15000
cloudflare/@cf/mistralai/mistral-small-3.1-24b-instruct	cloudflare	3.51e-07	5.55e-07				128000	128000
cloudflare/@cf/moonshotai/kimi-k2.6	cloudflare	9.5e-07	4e-06	1.6e-07			262144	262144
cloudflare/@cf/moonshotai/kimi-k2.7-code	cloudflare	9.5e-07	4e-06	1.9e-07			262144	262144
cloudflare/@cf/nvidia/nemotron-3-120b-a12b	cloudflare	5e-07	1.5e-06				256000	256000
cloudflare/@cf/openai/gpt-oss-120b	cloudflare	3.5e-07	7.5e-07				128000	128000
cloudflare/@cf/openai/gpt-oss-20b	cloudflare	2e-07	3e-07				128000	128000
cloudflare/@cf/qwen/qwen2.5-coder-32b-instruct	cloudflare	6.6e-07	1e-06				32768	32768
cloudflare/@cf/qwen/qwen3-30b-a3b-fp8	cloudflare	5.09e-08	3.35e-07				32768	32768
cloudflare/@cf/qwen/qwq-32b	cloudflare	6.6e-07	1e-06				24000	24000
cloudflare/@cf/zai-org/glm-4.7-flash	cloudflare	6.05e-08	4e-07				131072	131072
cloudflare/@cf/zai-org/glm-5.2	cloudflare	1.4e-06	4.4e-06	2.6e-07			262144	262144
cloudflare/@hf/thebloke/codellama-7b-instruct-awq	cloudflare	1.923e-06	1.923e-06				4096	4096
codestral/codestral-2405	codestral	0.0	0.0				32000	8191
codestral/codestral-latest	codestral	0.0	0.0				32000	8191
cognition/swe-1.6	cognition	5e-07	2.5e-06	2e-07				
cognition/swe-1.7	cognition	5e-07	2.5e-06	2e-07				
cognition/swe-1.7-lightning	cognition	2.5e-06	1.25e-05	1e-06				
cohere.command-light-text-v14	bedrock	3e-07	6e-07				4096	4096
cohere.command-text-v14	bedrock	1e-06	2e-06				4096	4096
cohere.embed-english-v3	bedrock	1e-07	0.0				512	
cohere.embed-multilingual-v3	bedrock	1e-07	0.0				512	
cohere.embed-v4:0	bedrock	1.2e-07	0.0				128000	
cohere/embed-v4.0	cohere	1.2e-07	0.0				128000	
cohere/embed-v5.0-fast	cohere	8e-08	0.0				128000	
cohere/embed-v5.0-pro	cohere	1.2e-07	0.0				128000	
command-a-03-2025	cohere_chat	2.5e-06	1e-05				256000	8000
command-a-plus-05-2026	cohere_chat	0.0	0.0				128000	64000
command-nightly	cohere	1e-06	2e-06				4096	4096
command-r-08-2024	cohere_chat	1.5e-07	6e-07				128000	4096
command-r-plus-08-2024	cohere_chat	2.5e-06	1e-05				128000	4096
command-r7b-12-2024	cohere_chat	3.75e-08	1.5e-07				128000	4096
computer-use-preview	openai	3e-06	1.2e-05				8192	1024
computer-use-preview-2025-03-11	openai	3e-06	1.2e-05				8192	1024
coralbricks/deepseek-v4.1-flash	coralbricks	1e-08	1.2e-06	0.0	9e-08		1048576	1048576
coralbricks/deepseek-v4.1-flash-fast	coralbricks	1e-08	1.2e-06	0.0	9e-08		1048576	1048576
coralbricks/deepseek-v4.1-flash-fast-fp4	coralbricks	1e-08	1.2e-06	0.0	9e-08		1048576	1048576
coralbricks/glm-5.3	coralbricks	1.12e-06	4.4e-06	0.0	1.68e-06		1048576	1048576
coralbricks/glm-5.3-fast	coralbricks	1.12e-06	4.4e-06	0.0	1.68e-06		1048576	1048576
coralbricks/glm-5.3-fp4	coralbricks	1.12e-06	4.4e-06	0.0	1.68e-06		1048576	1048576
crusoe/Qwen/Qwen3-235B-A22B-Instruct-2507	crusoe	3e-06	3e-06				262144	262144
crusoe/deepseek-ai/DeepSeek-R1-0528	crusoe	3e-06	7e-06				163840	163840
crusoe/deepseek-ai/DeepSeek-V3-0324	crusoe	1.5e-06	1.5e-06				163840	163840
crusoe/google/gemma-3-12b-it	crusoe	1e-07	1e-07				131072	131072
crusoe/meta-llama/Llama-3.3-70B-Instruct	crusoe	2e-07	2e-07				131072	131072
crusoe/moonshotai/Kimi-K2-Thinking	crusoe	2.5e-06	2.5e-06				262144	262144
crusoe/openai/gpt-oss-120b	crusoe	8e-07	8e-07				131072	131072
darkbloom/gemma-4-26b	darkbloom	3e-08	1.65e-07				131072	32768
darkbloom/gpt-oss-20b	darkbloom	1.45e-08	7e-08				131072	32768
dashscope/deepseek-v4-flash	dashscope	2e-07	4e-07	4e-08			1000000	393216
dashscope/deepseek-v4-flash-0731	dashscope	2e-07	4e-07	4e-08			1000000	393216
dashscope/deepseek-v4-pro	dashscope	2.4e-06	4.8e-06	2e-07			1000000	393216
dashscope/glm-5.1	dashscope	1.4e-06	4.4e-06	2.6e-07			202745	131072
dashscope/glm-5.2	dashscope	1.4e-06	4.4e-06	2.8e-07			1048576	131072
dashscope/kimi-k2.7-code	dashscope	9.5e-07	4e-06	1.9e-07			229376	16384
dashscope/qwen-coder	dashscope	3e-07	1.5e-06				1000000	16384
dashscope/qwen-max	dashscope	1.6e-06	6.4e-06				30720	8192
dashscope/qwen-plus	dashscope	4e-07	1.2e-06				129024	16384
dashscope/qwen-plus-2025-01-25	dashscope	4e-07	1.2e-06				129024	8192
dashscope/qwen-plus-2025-04-28	dashscope	4e-07	1.2e-06			4e-06	129024	16384
dashscope/qwen-plus-2025-07-14	dashscope	4e-07	1.2e-06			4e-06	129024	16384
dashscope/qwen-turbo	dashscope	5e-08	2e-07			5e-07	129024	16384
dashscope/qwen-turbo-2024-11-01	dashscope	5e-08	2e-07				1000000	8192
dashscope/qwen-turbo-2025-04-28	dashscope	5e-08	2e-07			5e-07	1000000	16384
dashscope/qwen-turbo-latest	dashscope	5e-08	2e-07			5e-07	1000000	16384
dashscope/qwen3-next-80b-a3b-instruct	dashscope	1.5e-07	1.2e-06				262144	65536
dashscope/qwen3-next-80b-a3b-thinking	dashscope	1.5e-07	1.2e-06				262144	65536
dashscope/qwen3-vl-235b-a22b-instruct	dashscope	4e-07	1.6e-06				131072	32768
dashscope/qwen3-vl-235b-a22b-thinking	dashscope	4e-07	4e-06				131072	32768
dashscope/qwen3-vl-32b-instruct	dashscope	1.6e-07	6.4e-07				131072	32768
dashscope/qwen3-vl-32b-thinking	dashscope	1.6e-07	2.87e-06				131072	32768
dashscope/qwen3.7-max	dashscope	2.5e-06	7.5e-06	5e-07	3.125e-06		991808	65536
dashscope/qwen3.8-flash	dashscope	1.5e-07	4.7e-07	1.6e-08	2e-07		991808	131072
dashscope/qwen3.8-max	dashscope	2e-06	6e-06	2.5e-07			991808	131072
dashscope/qwen3.8-omni-flash	dashscope	1.5e-07	4.7e-07	1.6e-08			991808	131072
dashscope/qwq-plus	dashscope	8e-07	2.4e-06				98304	8192
databricks/databricks-bge-large-en	databricks	1.0003e-07	0.0	1.0003e-07	1.0003e-07		512	
databricks/databricks-claude-fable-5	databricks	9.99999e-06	5.000002e-05	1.00002e-06	1.249997e-05		1000000	128000
databricks/databricks-claude-fable-5-1	databricks	9.99999e-06	5.000002e-05	2.4997e-07	1.249997e-05		1000000	128000
databricks/databricks-claude-haiku-4-5	databricks	1.00002e-06	5.00003e-06	1.0003e-07	1.24999e-06		200000	64000
databricks/databricks-claude-haiku-5-5	databricks	1.0003e-07	5.0001e-07	1.001e-08	1.2502e-07		1000000	128000
databricks/databricks-claude-opus-4	databricks	1.500002e-05	7.50001e-05	1.50003e-06	1.874999e-05		200000	32000
databricks/databricks-claude-opus-4-1	databricks	1.500002e-05	7.50001e-05	1.50003e-06	1.874999e-05		200000	32000
databricks/databricks-claude-opus-4-5	databricks	5.00003e-06	2.500001e-05	5.0001e-07	6.25002e-06		200000	64000
databricks/databricks-claude-opus-4-6	databricks	5.00003e-06	2.500001e-05	5.0001e-07	6.25002e-06		1000000	128000
databricks/databricks-claude-opus-4-7	databricks	5.00003e-06	2.500001e-05	5.0001e-07	6.25002e-06		1000000	128000
databricks/databricks-claude-opus-4-8	databricks	5.00003e-06	2.500001e-05	5.0001e-07	6.25002e-06		1000000	128000
databricks/databricks-claude-opus-5	databricks	5.00003e-06	2.500001e-05	5.0001e-07	6.25002e-06		1000000	128000
databricks/databricks-claude-opus-5-5	databricks	4.00001e-06	1.999998e-05	1.9999e-07	5.00003e-06		1000000	128000
databricks/databricks-claude-sonnet-4	databricks	2.99999e-06	1.500002e-05	3.0002e-07	3.74997e-06		200000	64000
databricks/databricks-claude-sonnet-4-1	databricks	2.9999900000000002e-06	1.5000020000000002e-05	3.0002e-07	3.74997e-06		200000	64000
databricks/databricks-claude-sonnet-4-5	databricks	2.99999e-06	1.500002e-05	3.0002e-07	3.74997e-06		200000	64000
databricks/databricks-claude-sonnet-4-6	databricks	2.99999e-06	1.500002e-05	3.0002e-07	3.74997e-06		1000000	64000
databricks/databricks-claude-sonnet-5	databricks	1.99997e-06	9.99999e-06	1.9999e-07	2.49998e-06		1000000	128000
databricks/databricks-claude-sonnet-5-5	databricks	1.99997e-06	9.99999e-06	1.0003e-07	2.49998e-06		1000000	128000
databricks/databricks-deepseek-v4-1-flash	databricks	3.0002e-07	1.20001e-06	3.003e-08	3.0002e-07		1000000	384000
databricks/databricks-deepseek-v4-1-flash-1017	databricks	3.0002e-07	1.20001e-06	7e-09	3.0002e-07		1000000	384000
databricks/databricks-deepseek-v4-flash-0731	databricks	1.4e-07	2.8e-07	2.8e-08	1.4e-07		1000000	393216
databricks/databricks-deepseek-v4-pro-0813	databricks	1.31999e-06	3.95997e-06	1.3202e-07	1.31999e-06		1000000	393216
databricks/databricks-gemini-2-5-flash	databricks	3.0001999999999996e-07	2.49998e-06	3.0002e-08	3.0002e-07		1048576	65535
databricks/databricks-gemini-2-5-flash-lite	databricks	1.2502e-07	5.0001e-07	1.253e-08	1.2502e-07		1048576	65536
databricks/databricks-gemini-2-5-pro	databricks	1.24999e-06	9.999990000000002e-06	1.24999e-07	1.24999e-06		1048576	65536
databricks/databricks-gemini-3-1-flash-image	databricks	6.2503e-07	3.74997e-06	6.2503e-07	6.2503e-07		131072	32768
databricks/databricks-gemini-3-1-flash-lite	databricks	3.1248e-07	1.87502e-06	3.122e-08	3.1248e-07		1048576	65536
databricks/databricks-gemini-3-1-flash-lite-image	databricks	3.1248e-07	1.87502e-06	3.1248e-07	3.1248e-07		65536	4096
databricks/databricks-gemini-3-1-pro	databricks	2.49998e-06	1.500002e-05	2.4997e-07	2.49998e-06		1048576	65536
databricks/databricks-gemini-3-5-flash	databricks	1.87502e-06	1.124998e-05	1.8753e-07	1.87502e-06		1048576	65536
databricks/databricks-gemini-3-5-flash-lite	databricks	3.7499e-07	3.12501e-06	3.752e-08	3.7499e-07		1048576	65536
databricks/databricks-gemini-3-6-flash	databricks	7.4998e-07	3.74997e-06	7.497e-08	7.4998e-07		1048576	65536
databricks/databricks-gemini-3-7-flash	databricks	7.4998e-07	3.74997e-06	7.497e-08	7.4998e-07		1048576	65536
databricks/databricks-gemini-3-8-flash	databricks	7.4998e-07	3.74997e-06	7.497e-08	7.4998e-07		1048576	65536
databricks/databricks-gemini-3-flash	databricks	6.2503e-07	3.74997e-06	6.251e-08	6.2503e-07		1048576	65536
databricks/databricks-gemini-3-pro	databricks	2.49998e-06	1.5000020000000002e-05	2.4997e-07	2.49998e-06		1048576	65536
databricks/databricks-gemini-3-pro-image	databricks	2.49998e-06	1.500002e-05	2.49998e-06	2.49998e-06		65536	32768
databricks/databricks-gemini-4-argon	databricks	2.49998e-06	1.249997e-05	1.2502e-07	2.49998e-06		1048576	1048576
databricks/databricks-gemma-3-12b	databricks	1.5001e-07	5.0001e-07	1.5001e-07	1.5001e-07		128000	32000
databricks/databricks-glm-5-2	databricks	1.4e-06	4.39999e-06	2.5998e-07	1.4e-06		1000000	131072
databricks/databricks-glm-5-3	databricks	1.4e-06	4.39999e-06	2.5998e-07	1.4e-06		1048576	65536
databricks/databricks-glm-5-3-flash	databricks	1.5001e-07	5.0001e-07	3.003e-08	1.5001e-07		1048576	131072
databricks/databricks-gpt-5	databricks	1.24999e-06	9.99999e-06	1.2502e-07	1.24999e-06		272000	128000
databricks/databricks-gpt-5-1	databricks	1.24999e-06	9.99999e-06	1.2502e-07	1.24999e-06		272000	128000
databricks/databricks-gpt-5-2	databricks	1.75e-06	1.4e-05	1.75e-07	1.75e-06		272000	128000
databricks/databricks-gpt-5-3-codex	databricks	1.75e-06	1.4e-05	1.75e-07	1.75e-06		272000	128000
databricks/databricks-gpt-5-4	databricks	2.49998e-06	1.500002e-05	2.4997e-07	2.49998e-06		922000	128000
databricks/databricks-gpt-5-4-mini	databricks	7.4998e-07	4.50002e-06	7.497e-08	7.4998e-07		272000	128000
databricks/databricks-gpt-5-4-nano	databricks	1.9999e-07	1.24999e-06	2.002e-08	1.9999e-07		272000	128000
databricks/databricks-gpt-5-4-pro	databricks	2.999997e-05	0.0001800001	2.999997e-05	2.999997e-05		922000	128000
databricks/databricks-gpt-5-5	databricks	5.00003e-06	2.999997e-05	5.0001e-07	5.00003e-06		922000	128000
databricks/databricks-gpt-5-5-pro	databricks	2.999997e-05	0.0001800001	2.999997e-05	2.999997e-05		922000	128000
databricks/databricks-gpt-5-6-luna	databricks	1.9999e-07	1.20001e-06	2.002e-08	2.4997e-07		922000	128000
databricks/databricks-gpt-5-6-sol	databricks	4.00001e-06	1.999998e-05	3.9998e-07	5.00003e-06		922000	128000
databricks/databricks-gpt-5-6-terra	databricks	1.99997e-06	1.200003e-05	1.9999e-07	2.49998e-06		922000	128000
databricks/databricks-gpt-5-mini	databricks	2.4997e-07	1.99997e-06	2.499e-08	2.4997e-07		272000	128000
databricks/databricks-gpt-5-nano	databricks	4.998e-08	3.9998e-07	4.97e-09	4.998e-08		272000	128000
databricks/databricks-gpt-6-1-sol	databricks	1.99997e-06	9.99999e-06	1.0003e-07	2.49998e-06		922000	128000
databricks/databricks-gpt-6-1-terra	databricks	1.00002e-06	5.00003e-06	4.998e-08	1.24999e-06		922000	128000
databricks/databricks-gpt-6-astra	databricks	9.99999e-06	5.000002e-05	1.00002e-06	1.249997e-05		922000	128000
databricks/databricks-gpt-6-luna	databricks	1.0003e-07	5.0001e-07	1.001e-08	1.2502e-07		922000	128000
databricks/databricks-gpt-6-sol	databricks	1.99997e-06	9.99999e-06	1.9999e-07	2.49998e-06		922000	128000
databricks/databricks-gpt-oss-120b	databricks	1.5001e-07	5.9997e-07	1.5001e-07	1.5001e-07		131072	131072
databricks/databricks-gpt-oss-20b	databricks	7e-08	3.0002e-07	7e-08	7e-08		131072	131072
databricks/databricks-grok-4-6	databricks	2.49998e-06	7.50001e-06	6.2503e-07	2.49998e-06		500000	
databricks/databricks-grok-4-7	databricks	2.49998e-06	7.50001e-06	6.2503e-07	2.49998e-06		500000	500000
databricks/databricks-gte-large-en	databricks	1.2999e-07	0.0	1.2999e-07	1.2999e-07		8192	
databricks/databricks-inkling	databricks	1.00002e-06	4.04999e-06	1.7003e-07	1.00002e-06		1000000	
databricks/databricks-kimi-k2-7	databricks	9.4997e-07	4.00001e-06	1.8998e-07	9.4997e-07		262144	262144
databricks/databricks-kimi-k3	databricks	2.99999e-06	1.500002e-05	3.0002e-07	2.99999e-06		1000000	1048576
databricks/databricks-llama-4-maverick	databricks	5.0001e-07	1.50003e-06	5.0001e-07	5.0001e-07		128000	128000
databricks/databricks-meta-llama-3-1-8b-instruct	databricks	1.5001e-07	4.5003e-07	1.5001e-07	1.5001e-07		200000	128000
databricks/databricks-meta-llama-3-3-70b-instruct	databricks	5.0001e-07	1.50003e-06	5.0001e-07	5.0001e-07		128000	128000
databricks/databricks-qwen3-embedding-0-6b	databricks	2.002e-08	0.0	2.002e-08	2.002e-08		32768	
databricks/databricks-qwen3-next-80b-a3b-instruct	databricks	1.5001e-07	1.20001e-06	1.5001e-07	1.5001e-07			
databricks/databricks-qwen35-122b-a10b	databricks	2.2001e-07	2.20003e-06	2.2001e-07	2.2001e-07		262144	25000
davinci-002	text-completion-openai	2e-06	2e-06				16384	4096
daybreak-blue-latest	openai	4e-06	2e-05	4e-07	5e-06		922000	128000
daybreak-red-latest	openai	1.25e-05	7.5e-05	1.25e-06	1.5625e-05		400000	128000
deep-research-pro-preview-12-2025	vertex_ai-language-models	2e-06	1.2e-05	2e-07			65536	32768
deepinfra/ByteDance/Seed-1.8	deepinfra	2.5e-07	2e-06	5e-08			256000	256000
deepinfra/ByteDance/Seed-2.0-code	deepinfra	5e-07	3e-06	1e-07			256000	256000
deepinfra/ByteDance/Seed-2.0-mini	deepinfra	1e-07	4e-07	2e-08			256000	256000
deepinfra/ByteDance/Seed-2.0-pro	deepinfra	5e-07	3e-06	1e-07			256000	256000
deepinfra/Gryphe/MythoMax-L2-13b	deepinfra	4e-07	4e-07				4096	4096
deepinfra/MiniMaxAI/MiniMax-M2.7	deepinfra	2.5e-07	1e-06	5e-08			196608	196608
deepinfra/MiniMaxAI/MiniMax-M2.7-Turbo	deepinfra	3.8e-07	1.7e-06	7e-08			196608	196608
deepinfra/MiniMaxAI/MiniMax-M3	deepinfra	2.8e-07	1.1e-06	5.6e-08			524288	524288
deepinfra/NousResearch/Hermes-3-Llama-3.1-405B	deepinfra	1e-06	1e-06				131072	131072
deepinfra/NousResearch/Hermes-3-Llama-3.1-70B	deepinfra	7e-07	7e-07				131072	131072
deepinfra/Qwen/QwQ-32B	deepinfra	1.5e-07	4e-07				131072	131072
deepinfra/Qwen/Qwen2.5-72B-Instruct	deepinfra	3.6e-07	4e-07				32768	32768
deepinfra/Qwen/Qwen2.5-7B-Instruct	deepinfra	4e-08	1e-07				32768	32768
deepinfra/Qwen/Qwen2.5-VL-32B-Instruct	deepinfra	2e-07	6e-07				128000	128000
deepinfra/Qwen/Qwen3-14B	deepinfra	1.2e-07	2.4e-07				40960	40960
deepinfra/Qwen/Qwen3-235B-A22B	deepinfra	1.8e-07	5.4e-07				40960	40960
deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507	deepinfra	9e-08	5.5e-07				262144	262144
deepinfra/Qwen/Qwen3-235B-A22B-Thinking-2507	deepinfra	3e-07	2.9e-06				262144	262144
deepinfra/Qwen/Qwen3-30B-A3B	deepinfra	1.2e-07	5e-07				40960	40960
deepinfra/Qwen/Qwen3-32B	deepinfra	8e-08	2.8e-07				40960	40960
deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct	deepinfra	4e-07	1.6e-06				262144	262144
deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct-Turbo	deepinfra	3e-07	1e-06	1e-07			262144	262144
deepinfra/Qwen/Qwen3-Max	deepinfra	1.2e-06	6e-06	2.4e-07			256000	256000
deepinfra/Qwen/Qwen3-Max-Thinking	deepinfra	1.2e-06	6e-06	2.4e-07			256000	256000
deepinfra/Qwen/Qwen3-Next-80B-A3B-Instruct	deepinfra	9e-08	1.1e-06				262144	262144
deepinfra/Qwen/Qwen3-Next-80B-A3B-Thinking	deepinfra	1.4e-07	1.4e-06				262144	262144
deepinfra/Qwen/Qwen3-VL-235B-A22B-Instruct	deepinfra	2e-07	8.8e-07	1.1e-07			262144	262144
deepinfra/Qwen/Qwen3-VL-30B-A3B-Instruct	deepinfra	1.5e-07	6e-07				262144	262144
deepinfra/Qwen/Qwen3.5-122B-A10B	deepinfra	2.9e-07	2.4e-06				262144	262144
deepinfra/Qwen/Qwen3.5-27B	deepinfra	2.6e-07	2.6e-06				262144	262144
deepinfra/Qwen/Qwen3.5-35B-A3B	deepinfra	1.4e-07	1e-06	5e-08			262144	262144
deepinfra/Qwen/Qwen3.5-397B-A17B	deepinfra	4.5e-07	3e-06	2.2e-07			262144	262144
deepinfra/Qwen/Qwen3.5-9B	deepinfra	1e-07	1.5e-07				262144	262144
deepinfra/Qwen/Qwen3.6-27B	deepinfra	3.2e-07	3.2e-06				262144	262144
deepinfra/Qwen/Qwen3.6-35B-A3B	deepinfra	1e-07	9.5e-07				262144	262144
deepinfra/Qwen/Qwen3.7-Max	deepinfra	2.5e-06	7.5e-06	5e-07			256000	256000
deepinfra/Qwen/Qwen3.8-2.4T-A95B	deepinfra	2e-06	6e-06	2e-07			262144	262144
deepinfra/Qwen/Qwen3.8-27B	deepinfra	4e-07	3e-06	4e-08			262144	262144
deepinfra/Qwen/Qwen3.8-Max	deepinfra	1.65e-06	4.951e-06	2.06e-07			256000	256000
deepinfra/Sao10K/L3-8B-Lunaris-v1-Turbo	deepinfra	4e-08	5e-08				8192	8192
deepinfra/Sao10K/L3.1-70B-Euryale-v2.2	deepinfra	8.5e-07	8.5e-07				131072	131072
deepinfra/Sao10K/L3.3-70B-Euryale-v2.3	deepinfra	6.5e-07	7.5e-07				131072	131072
deepinfra/XiaomiMiMo/MiMo-V2.5	deepinfra	4e-07	2e-06	8e-08			262144	262144
deepinfra/XiaomiMiMo/MiMo-V2.5-Pro	deepinfra	1e-06	3e-06	2e-07			1048576	1048576
deepinfra/allenai/olmOCR-7B-0725-FP8	deepinfra	2.7e-07	1.5e-06				16384	16384
deepinfra/anthropic/claude-3-7-sonnet-latest	deepinfra	3.3e-06	1.65e-05	3.3e-07			200000	200000
deepinfra/anthropic/claude-4-opus	deepinfra	1.65e-05	8.25e-05				200000	200000
deepinfra/anthropic/claude-4-sonnet	deepinfra	3.3e-06	1.65e-05				200000	200000
deepinfra/anthropic/claude-fable-5	deepinfra	1e-05	5e-05				1000000	1000000
deepinfra/anthropic/claude-haiku-4-5	deepinfra	1e-06	5e-06				200000	200000
deepinfra/anthropic/claude-opus-4-7	deepinfra	5e-06	2.5e-05				1000000	1000000
deepinfra/anthropic/claude-opus-4-8	deepinfra	5e-06	2.5e-05				1000000	1000000
deepinfra/anthropic/claude-opus-5	deepinfra	5e-06	2.5e-05				1000000	1000000
deepinfra/anthropic/claude-sonnet-4-6	deepinfra	3e-06	1.5e-05				1000000	1000000
deepinfra/anthropic/claude-sonnet-5	deepinfra	2e-06	1e-05				1000000	1000000
deepinfra/deepseek-ai/DeepSeek-R1	deepinfra	7e-07	2.4e-06				163840	163840
deepinfra/deepseek-ai/DeepSeek-R1-0528	deepinfra	5e-07	2.15e-06	4e-07			163840	163840
deepinfra/deepseek-ai/DeepSeek-R1-0528-Turbo	deepinfra	1e-06	3e-06				32768	32768
deepinfra/deepseek-ai/DeepSeek-R1-Distill-Llama-70B	deepinfra	2e-07	6e-07				131072	131072
deepinfra/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B	deepinfra	2.7e-07	2.7e-07				131072	131072
deepinfra/deepseek-ai/DeepSeek-R1-Turbo	deepinfra	1e-06	3e-06				40960	40960
deepinfra/deepseek-ai/DeepSeek-V3	deepinfra	3.2e-07	8.9e-07				163840	163840
deepinfra/deepseek-ai/DeepSeek-V3-0324	deepinfra	2.4e-07	9e-07	1.35e-07			163840	163840
deepinfra/deepseek-ai/DeepSeek-V3.1	deepinfra	2.5e-07	9.5e-07	2.16e-07			163840	163840
deepinfra/deepseek-ai/DeepSeek-V3.1-Terminus	deepinfra	2.7e-07	1e-06	2.16e-07			163840	163840
deepinfra/deepseek-ai/DeepSeek-V3.2	deepinfra	2.6e-07	3.8e-07	1.3e-07			163840	163840
deepinfra/deepseek-ai/DeepSeek-V4-Flash	deepinfra	9e-08	1.8e-07	1.8e-08			1048576	1048576
deepinfra/deepseek-ai/DeepSeek-V4-Flash-0731	deepinfra	8e-08	1.8e-07	1.6e-08			1048576	1048576
deepinfra/deepseek-ai/DeepSeek-V4-Pro	deepinfra	1.3e-06	2.6e-06	1e-07			1048576	1048576
deepinfra/deepseek-ai/DeepSeek-V4-Pro-0813	deepinfra	1.3e-06	2.6e-06	1e-07			1048576	1048576
deepinfra/deepseek-ai/DeepSeek-V4.1-Flash	deepinfra	1.4e-07	4.2e-07	4.2e-09			1048576	131072
deepinfra/deepseek-ai/DeepSeek-V4.1-Flash-1017	deepinfra	1.4e-07	4.2e-07	4.2e-09			1048576	131072
deepinfra/google/gemini-2.5-flash	deepinfra	3e-07	2.5e-06				1000000	1000000
deepinfra/google/gemini-2.5-pro	deepinfra	1.25e-06	1e-05				1000000	1000000
deepinfra/google/gemini-3.1-flash-lite	deepinfra	2.5e-07	1.5e-06				1000000	1000000
deepinfra/google/gemini-3.1-pro	deepinfra	2e-06	1.2e-05				1000000	1000000
deepinfra/google/gemini-3.5-flash	deepinfra	1.5e-06	9e-06				1000000	1000000
deepinfra/google/gemini-3.7-flash	deepinfra	7.5e-07	3.75e-06				1000000	1000000
deepinfra/google/gemma-3-12b-it	deepinfra	5e-08	1.5e-07				131072	131072
deepinfra/google/gemma-3-27b-it	deepinfra	8e-08	1.6e-07				131072	131072
deepinfra/google/gemma-3-4b-it	deepinfra	5e-08	1e-07				131072	131072
deepinfra/google/gemma-4-26B-A4B-it	deepinfra	7e-08	3.4e-07				262144	262144
deepinfra/google/gemma-4-31B-it	deepinfra	1.3e-07	3.8e-07				262144	262144
deepinfra/google/gemma-4-31B-it-Ultra	deepinfra	2.7e-07	7.6e-07				131072	131072
deepinfra/google/gemma-4-31B-it-turbo	deepinfra	9e-08	3.4e-07	5e-08			262144	262144
deepinfra/google/gemma-4-E4B-it	deepinfra	2e-08	1e-07				131072	131072
deepinfra/inclusionAI/Ling-3.0-flash	deepinfra	6e-08	1.8e-07	1.2e-08			131072	131072
deepinfra/meta-llama/Llama-3.2-11B-Vision-Instruct	deepinfra	4.9e-08	4.9e-08				131072	131072
deepinfra/meta-llama/Llama-3.2-3B-Instruct	deepinfra	2e-08	2e-08				131072	131072
deepinfra/meta-llama/Llama-3.3-70B-Instruct	deepinfra	2.3e-07	4e-07				131072	131072
deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo	deepinfra	1e-07	3.2e-07				131072	131072
deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8	deepinfra	2e-07	8e-07				1048576	1048576
deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct	deepinfra	1e-07	3e-07				327680	327680
deepinfra/meta-llama/Llama-Guard-3-8B	deepinfra	5.5e-08	5.5e-08				131072	131072
deepinfra/meta-llama/Llama-Guard-4-12B	deepinfra	1.8e-07	1.8e-07				163840	163840
deepinfra/meta-llama/Meta-Llama-3-8B-Instruct	deepinfra	3e-08	6e-08				8192	8192
deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct	deepinfra	4e-07	4e-07				131072	131072
deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo	deepinfra	4e-07	4e-07				131072	131072
deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct	deepinfra	3e-08	5e-08				131072	131072
deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo	deepinfra	2e-08	4e-08				131072	131072
deepinfra/meta-models/Muse-Glimmer-30B	deepinfra	3e-07	1.2e-06	4e-08			131072	131072
deepinfra/microsoft/WizardLM-2-8x22B	deepinfra	4.8e-07	4.8e-07				65536	65536
deepinfra/microsoft/phi-4	deepinfra	7e-08	1.4e-07				16384	16384
deepinfra/mistralai/Mistral-Nemo-Instruct-2407	deepinfra	1.9e-08	3e-08				131072	131072
deepinfra/mistralai/Mistral-Small-24B-Instruct-2501	deepinfra	5e-08	8e-08				32768	32768
deepinfra/mistralai/Mistral-Small-3.2-24B-Instruct-2506	deepinfra	7.5e-08	2e-07				128000	128000
deepinfra/mistralai/Mixtral-8x7B-Instruct-v0.1	deepinfra	4e-07	4e-07				32768	32768
deepinfra/moonshotai/Kimi-K2-Instruct	deepinfra	5e-07	2e-06				131072	131072
deepinfra/moonshotai/Kimi-K2-Instruct-0905	deepinfra	5e-07	2e-06	4e-07			262144	262144
deepinfra/moonshotai/Kimi-K2.5	deepinfra	4.5e-07	2.25e-06	7e-08			262144	262144
deepinfra/moonshotai/Kimi-K2.6	deepinfra	7.5e-07	3.5e-06	1.5e-07			262144	262144
deepinfra/moonshotai/Kimi-K2.7-Code	deepinfra	6.8e-07	3.4e-06	1.36e-07			262144	262144
deepinfra/moonshotai/Kimi-K3	deepinfra	2.85e-06	1.425e-05	2.85e-07			1048576	1048576
deepinfra/nvidia/Llama-3.1-Nemotron-70B-Instruct	deepinfra	6e-07	6e-07				131072	131072
deepinfra/nvidia/Llama-3.3-Nemotron-Super-49B-v1.5	deepinfra	1e-07	4e-07				131072	131072
deepinfra/nvidia/NVIDIA-Nemotron-3-Super-120B-A12B	deepinfra	8.5e-08	4e-07				262144	262144
deepinfra/nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B	deepinfra	5e-07	2.2e-06	1e-07			262144	262144
deepinfra/nvidia/NVIDIA-Nemotron-3.5-Lightning	deepinfra	8e-08	2e-07	4e-08			262144	
deepinfra/nvidia/NVIDIA-Nemotron-Nano-9B-v2	deepinfra	4e-08	1.6e-07				131072	131072
deepinfra/nvidia/Nemotron-3-Nano-30B-A3B	deepinfra	5e-08	2e-07	2.5e-08			262144	262144
deepinfra/nvidia/Nemotron-Content-Safety-3.5	deepinfra	2e-07	2e-07				131072	131072
deepinfra/openai/gpt-oss-120b	deepinfra	3.7e-08	1.7e-07				131072	131072
deepinfra/openai/gpt-oss-120b-Turbo	deepinfra	1.5e-07	6e-07				131072	131072
deepinfra/openai/gpt-oss-120b-Ultra	deepinfra	2e-07	9.5e-07				131072	131072
deepinfra/openai/gpt-oss-20b	deepinfra	3e-08	1.4e-07				131072	131072
deepinfra/stepfun-ai/Step-3.7-Flash	deepinfra	2e-07	1.15e-06	4e-08			262144	262144
deepinfra/tencent/Hy3	deepinfra	1.4e-07	5.8e-07	3.5e-08			262144	262144
deepinfra/thinkingmachines/Inkling	deepinfra	9.5e-07	4.05e-06	1.6e-07			524288	524288
deepinfra/thinkingmachines/Inkling-Small	deepinfra	4.5e-07	1.2e-06	1e-07			524288	524288
deepinfra/zai-org/GLM-4.5	deepinfra	4e-07	1.6e-06				131072	131072
deepinfra/zai-org/GLM-4.6	deepinfra	5e-07	2e-06	1e-07			202752	202752
deepinfra/zai-org/GLM-4.7	deepinfra	4e-07	1.75e-06	8e-08			202752	202752
deepinfra/zai-org/GLM-4.7-Flash	deepinfra	6e-08	4e-07	1e-08			202752	202752
deepinfra/zai-org/GLM-5	deepinfra	6e-07	2.08e-06	1.2e-07			202752	202752
deepinfra/zai-org/GLM-5.1	deepinfra	1.05e-06	3.5e-06	2.05e-07			202752	202752
deepinfra/zai-org/GLM-5.2	deepinfra	7.5e-07	2.4e-06	1.4e-07			1048576	1048576
deepseek-chat	deepseek	2.8e-07	4.2e-07	2.8e-08			131072	8192
deepseek-flash	deepseek	3e-07	1.2e-06	6e-09	0.0		1000000	393216
deepseek-reasoner	deepseek	2.8e-07	4.2e-07	2.8e-08			131072	65536
deepseek-v3-2-251201	volcengine	0.0	0.0				98304	32768
deepseek-v4-flash	deepseek	3e-07	1.2e-06	6e-09	0.0		1000000	393216
deepseek-v4-flash-vision-exp	deepseek	3e-07	1.2e-06	6e-09	0.0		1000000	393216
deepseek-v4-pro	deepseek	1.32e-06	3.96e-06	4.4e-08	0.0		1000000	393216
deepseek.r1-v1:0	bedrock_converse	1.35e-06	5.4e-06				128000	8192
deepseek.v3-v1:0	bedrock_converse	5.8e-07	1.68e-06				128000	8000
deepseek.v3.2	bedrock_converse	6.2e-07	1.85e-06				164000	8000
deepseek/deepseek-chat	deepseek	2.8e-07	4.2e-07	2.8e-08	0.0		131072	8192
deepseek/deepseek-coder	deepseek	1.4e-07	2.8e-07	1.4e-08			128000	4096
deepseek/deepseek-flash	deepseek	3e-07	1.2e-06	6e-09	0.0		1000000	393216
deepseek/deepseek-r1	deepseek	5.5e-07	2.19e-06	1.4e-07			65536	8192
deepseek/deepseek-reasoner	deepseek	2.8e-07	4.2e-07	2.8e-08			131072	65536
deepseek/deepseek-v3	deepseek	2.7e-07	1.1e-06	7e-08	0.0		65536	8192
deepseek/deepseek-v3.2	deepseek	2.8e-07	4e-07	2.8e-08			163840	163840
deepseek/deepseek-v4-flash	deepseek	3e-07	1.2e-06	6e-09	0.0		1000000	393216
deepseek/deepseek-v4-flash-vision-exp	deepseek	3e-07	1.2e-06	6e-09	0.0		1000000	393216
deepseek/deepseek-v4-pro	deepseek	1.32e-06	3.96e-06	4.4e-08	0.0		1000000	393216
dolphin	nlp_cloud	5e-07	5e-07				16384	16384
doubao-embedding	volcengine	0.0	0.0				4096	
doubao-embedding-large	volcengine	0.0	0.0				4096	
doubao-embedding-large-text-240915	volcengine	0.0	0.0				4096	
doubao-embedding-large-text-250515	volcengine	0.0	0.0				4096	
doubao-embedding-text-240715	volcengine	0.0	0.0				4096	
embed-english-light-v3.0	cohere	1e-07	0.0				512	
embed-english-v3.0	cohere	1e-07	0.0				512	
embed-multilingual-light-v3.0	cohere	0.0001	0.0				512	
embed-multilingual-v3.0	cohere	1e-07	0.0				512	
eu.amazon.nova-2-lite-v1:0	bedrock_converse	4.29e-07	3.597e-06	1.0725e-07			1000000	64000
eu.amazon.nova-2-pro-preview-20251202-v1:0	bedrock_converse	1.375e-06	1.1e-05	3.4375e-07			1000000	64000
eu.amazon.nova-lite-v1:0	bedrock_converse	7.8e-08	3.12e-07	1.95e-08			300000	10000
eu.amazon.nova-micro-v1:0	bedrock_converse	4.6e-08	1.84e-07	1.15e-08			128000	10000
eu.amazon.nova-pro-v1:0	bedrock_converse	1.05e-06	4.2e-06	2.625e-07			300000	10000
eu.anthropic.claude-3-5-haiku-20241022-v1:0	bedrock	8e-07	4e-06	8e-08	1e-06		200000	8192
eu.anthropic.claude-3-5-sonnet-20240620-v1:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	4096
eu.anthropic.claude-3-5-sonnet-20241022-v2:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
eu.anthropic.claude-3-7-sonnet-20250219-v1:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
eu.anthropic.claude-3-opus-20240229-v1:0	bedrock	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	4096
eu.anthropic.claude-fable-5	bedrock_converse	1.1e-05	5.5e-05	1.1e-06	1.375e-05		1000000	128000
eu.anthropic.claude-fable-5-1	bedrock_converse	1.1e-05	5.5e-05	2.75e-07	1.375e-05		1000000	128000
eu.anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1.1e-06	5.5e-06	1.1e-07	1.375e-06		200000	64000
eu.anthropic.claude-haiku-5-5	bedrock_converse	1.1e-07	5.5e-07	1.1e-08	1.375e-07		1000000	128000
eu.anthropic.claude-opus-4-1-20250805-v1:0	bedrock_converse	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
eu.anthropic.claude-opus-4-20250514-v1:0	bedrock_converse	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
eu.anthropic.claude-opus-4-5-20251101-v1:0	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		200000	64000
eu.anthropic.claude-opus-4-6-v1	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
eu.anthropic.claude-opus-4-7	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
eu.anthropic.claude-opus-4-8	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
eu.anthropic.claude-opus-5	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
eu.anthropic.claude-opus-5-5	bedrock_converse	4.4e-06	2.2e-05	2.2e-07	5.5e-06		1000000	128000
eu.anthropic.claude-sonnet-4-20250514-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
eu.anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		200000	64000
eu.anthropic.claude-sonnet-4-6	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	64000
eu.anthropic.claude-sonnet-5	bedrock_converse	2.2e-06	1.1e-05	2.2e-07	2.75e-06		1000000	128000
eu.anthropic.claude-sonnet-5-5	bedrock_converse	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	128000
eu.deepseek.v3.2	bedrock_converse	7.4e-07	2.22e-06				163840	163840
eu.meta.llama3-2-1b-instruct-v1:0	bedrock	1.3e-07	1.3e-07				128000	4096
eu.meta.llama3-2-3b-instruct-v1:0	bedrock	1.9e-07	1.9e-07				128000	4096
eu.mistral.pixtral-large-2502-v1:0	bedrock_converse	2e-06	6e-06				128000	16384
eu.twelvelabs.marengo-embed-2-7-v1:0	bedrock		0.0				77	
eu.twelvelabs.marengo-embed-3-0-v1:0	bedrock		0.0				500	
eu.twelvelabs.pegasus-1-2-v1:0	bedrock		7.5e-06					
fal_ai/fal-ai/moondream3-preview/query	fal_ai	4e-07	3.5e-06					
fireworks_ai/WhereIsAI/UAE-Large-V1	fireworks_ai-embedding-models	1.6e-08	0.0				512	
fireworks_ai/accounts/fireworks/models/chronos-hermes-13b-v2	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/code-llama-13b	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-13b-instruct	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-13b-python	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-34b	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-34b-instruct	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-34b-python	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-70b	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/code-llama-70b-instruct	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/code-llama-70b-python	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/code-llama-7b	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-7b-instruct	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-llama-7b-python	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/code-qwen-1p5-7b	fireworks_ai	2e-07	2e-07				65536	65536
fireworks_ai/accounts/fireworks/models/codegemma-2b	fireworks_ai	1e-07	1e-07				8192	8192
fireworks_ai/accounts/fireworks/models/codegemma-7b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/cogito-671b-v2-p1	fireworks_ai	1.2e-06	1.2e-06				163840	163840
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-llama-3b	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-llama-70b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-llama-8b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-qwen-14b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-qwen-32b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/dbrx-instruct	fireworks_ai	1.2e-06	1.2e-06				32768	32768
fireworks_ai/accounts/fireworks/models/deepseek-coder-1b-base	fireworks_ai	1e-07	1e-07				16384	16384
fireworks_ai/accounts/fireworks/models/deepseek-coder-33b-instruct	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/deepseek-coder-7b-base	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/deepseek-coder-7b-base-v1p5	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/deepseek-coder-7b-instruct-v1p5	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/deepseek-coder-v2-instruct	fireworks_ai	1.2e-06	1.2e-06				65536	65536
fireworks_ai/accounts/fireworks/models/deepseek-coder-v2-lite-base	fireworks_ai	5e-07	5e-07				163840	163840
fireworks_ai/accounts/fireworks/models/deepseek-coder-v2-lite-instruct	fireworks_ai	5e-07	5e-07				163840	163840
fireworks_ai/accounts/fireworks/models/deepseek-prover-v2	fireworks_ai	1.2e-06	1.2e-06				163840	163840
fireworks_ai/accounts/fireworks/models/deepseek-r1	fireworks_ai	3e-06	8e-06				163840	20480
fireworks_ai/accounts/fireworks/models/deepseek-r1-0528	fireworks_ai	3e-06	8e-06				163840	160000
fireworks_ai/accounts/fireworks/models/deepseek-r1-0528-distill-qwen3-8b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-basic	fireworks_ai	5.5e-07	2.19e-06				163840	20480
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-llama-70b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-llama-8b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-14b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-1p5b	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-32b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-7b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/deepseek-v2-lite-chat	fireworks_ai	5e-07	5e-07				163840	163840
fireworks_ai/accounts/fireworks/models/deepseek-v2p5	fireworks_ai	1.2e-06	1.2e-06				32768	32768
fireworks_ai/accounts/fireworks/models/deepseek-v3	fireworks_ai	9e-07	9e-07				131072	8192
fireworks_ai/accounts/fireworks/models/deepseek-v3-0324	fireworks_ai	9e-07	9e-07				163840	163840
fireworks_ai/accounts/fireworks/models/deepseek-v3p1	fireworks_ai	5.6e-07	1.68e-06				128000	8192
fireworks_ai/accounts/fireworks/models/deepseek-v3p1-terminus	fireworks_ai	5.6e-07	1.68e-06				128000	8192
fireworks_ai/accounts/fireworks/models/deepseek-v3p2	fireworks_ai	5.6e-07	1.68e-06				163840	163840
fireworks_ai/accounts/fireworks/models/deepseek-v4-flash	fireworks_ai	1.4e-07	2.8e-07	2.8e-08			1048576	384000
fireworks_ai/accounts/fireworks/models/deepseek-v4-flash-0731	fireworks_ai	2.2e-07	6.6e-07	7e-09			1048576	131072
fireworks_ai/accounts/fireworks/models/deepseek-v4-flash-vision-exp	fireworks_ai	2.2e-07	6.6e-07	7e-09			1048576	1048576
fireworks_ai/accounts/fireworks/models/deepseek-v4-pro	fireworks_ai	1.2e-06	1.2e-06	6e-07			1048576	131072
fireworks_ai/accounts/fireworks/models/deepseek-v4-pro-0813	fireworks_ai	1.32e-06	3.96e-06	4.4e-08			1048576	131072
fireworks_ai/accounts/fireworks/models/deepseek-v4p1-flash	fireworks_ai	3e-07	1.2e-06	6e-09			1048576	393216
fireworks_ai/accounts/fireworks/models/deepseek-v4p1-flash-1017	fireworks_ai	3e-07	1.2e-06	6e-09			1048576	393216
fireworks_ai/accounts/fireworks/models/deepseek-v4p1-flash-1017-us	fireworks_ai	4.5e-07	1.8e-06	9e-09			1048576	393216
fireworks_ai/accounts/fireworks/models/devstral-small-2505	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/dobby-mini-unhinged-plus-llama-3-1-8b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/dobby-unhinged-llama-3-3-70b-new	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/dolphin-2-9-2-qwen2-72b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/dolphin-2p6-mixtral-8x7b	fireworks_ai	5e-07	5e-07				32768	32768
fireworks_ai/accounts/fireworks/models/ember-1	fireworks_ai	3e-06	1.5e-05	3e-07			1048576	
fireworks_ai/accounts/fireworks/models/ernie-4p5-21b-a3b-pt	fireworks_ai	1e-07	1e-07				131072	4096
fireworks_ai/accounts/fireworks/models/ernie-4p5-300b-a47b-pt	fireworks_ai	1e-07	1e-07				131072	4096
fireworks_ai/accounts/fireworks/models/fare-20b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/firefunction-v1	fireworks_ai	5e-07	5e-07				32768	32768
fireworks_ai/accounts/fireworks/models/firefunction-v2	fireworks_ai	9e-07	9e-07				8192	8192
fireworks_ai/accounts/fireworks/models/firellava-13b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/firesearch-ocr-v6	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/flux-1-dev	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/flux-1-dev-controlnet-union	fireworks_ai	1e-09	1e-09				4096	4096
fireworks_ai/accounts/fireworks/models/flux-1-schnell	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/gemma-2b-it	fireworks_ai	1e-07	1e-07				8192	8192
fireworks_ai/accounts/fireworks/models/gemma-3-27b-it	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/gemma-7b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/gemma-7b-it	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/gemma2-9b-it	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/glm-4p5	fireworks_ai	5.5e-07	2.19e-06				131072	96000
fireworks_ai/accounts/fireworks/models/glm-4p5-air	fireworks_ai	2.2e-07	8.8e-07				131072	96000
fireworks_ai/accounts/fireworks/models/glm-4p5v	fireworks_ai	1.2e-06	1.2e-06				131072	131072
fireworks_ai/accounts/fireworks/models/glm-4p6	fireworks_ai	5.5e-07	2.19e-06				202752	202800
fireworks_ai/accounts/fireworks/models/glm-4p7	fireworks_ai	6e-07	2.2e-06	3e-07			202752	202800
fireworks_ai/accounts/fireworks/models/glm-5p1	fireworks_ai	1.4e-06	4.4e-06	2.6e-07			202752	131072
fireworks_ai/accounts/fireworks/models/glm-5p2	fireworks_ai	1.4e-06	4.4e-06	1.4e-07			1048576	131072
fireworks_ai/accounts/fireworks/models/glm-5p3	fireworks_ai	1.4e-06	4.4e-06	2.6e-07			1048576	128000
fireworks_ai/accounts/fireworks/models/glm-5p3-flash	fireworks_ai	1.5e-07	5e-07	3e-08			1048576	1048576
fireworks_ai/accounts/fireworks/models/gpt-oss-120b	fireworks_ai	1.5e-07	6e-07	1.5e-08			131072	32768
fireworks_ai/accounts/fireworks/models/gpt-oss-20b	fireworks_ai	7e-08	3e-07	3.5e-08			131072	32768
fireworks_ai/accounts/fireworks/models/gpt-oss-safeguard-120b	fireworks_ai	1.2e-06	1.2e-06				131072	131072
fireworks_ai/accounts/fireworks/models/gpt-oss-safeguard-20b	fireworks_ai	5e-07	5e-07				131072	131072
fireworks_ai/accounts/fireworks/models/hermes-2-pro-mistral-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/inkling	fireworks_ai	1e-06	4.05e-06	1.7e-07			1048576	1048576
fireworks_ai/accounts/fireworks/models/internvl3-38b	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/internvl3-78b	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/internvl3-8b	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/kat-coder	fireworks_ai	9e-07	9e-07				262144	262144
fireworks_ai/accounts/fireworks/models/kat-dev-32b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/kat-dev-72b-exp	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/kimi-k2-instruct	fireworks_ai	6e-07	2.5e-06				131072	16384
fireworks_ai/accounts/fireworks/models/kimi-k2-instruct-0905	fireworks_ai	6e-07	2.5e-06				262144	32768
fireworks_ai/accounts/fireworks/models/kimi-k2-thinking	fireworks_ai	6e-07	2.5e-06				262144	262144
fireworks_ai/accounts/fireworks/models/kimi-k2p5	fireworks_ai	6e-07	3e-06	1e-07			262144	32768
fireworks_ai/accounts/fireworks/models/kimi-k2p6	fireworks_ai	9.5e-07	4e-06	1.6e-07			262144	32768
fireworks_ai/accounts/fireworks/models/kimi-k2p7-code	fireworks_ai	9.5e-07	4e-06	1.9e-07			262144	32768
fireworks_ai/accounts/fireworks/models/kimi-k3	fireworks_ai	3e-06	1.5e-05	3e-07			1048576	131072
fireworks_ai/accounts/fireworks/models/llama-guard-2-8b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/llama-guard-3-1b	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama-guard-3-8b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama-v2-13b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v2-13b-chat	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v2-70b	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v2-70b-chat	fireworks_ai	9e-07	9e-07				2048	2048
fireworks_ai/accounts/fireworks/models/llama-v2-7b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v2-7b-chat	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v3-70b-instruct	fireworks_ai	9e-07	9e-07				8192	8192
fireworks_ai/accounts/fireworks/models/llama-v3-70b-instruct-hf	fireworks_ai	9e-07	9e-07				8192	8192
fireworks_ai/accounts/fireworks/models/llama-v3-8b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/llama-v3-8b-instruct-hf	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct	fireworks_ai	3e-06	3e-06				131072	16384
fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct-long	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct-1b	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct	fireworks_ai	1e-07	1e-07				131072	16384
fireworks_ai/accounts/fireworks/models/llama-v3p1-nemotron-70b-instruct	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama-v3p2-11b-vision-instruct	fireworks_ai	2e-07	2e-07				131072	16384
fireworks_ai/accounts/fireworks/models/llama-v3p2-1b	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama-v3p2-1b-instruct	fireworks_ai	1e-07	1e-07				131072	16384
fireworks_ai/accounts/fireworks/models/llama-v3p2-3b	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama-v3p2-3b-instruct	fireworks_ai	1e-07	1e-07				131072	16384
fireworks_ai/accounts/fireworks/models/llama-v3p2-90b-vision-instruct	fireworks_ai	9e-07	9e-07				131072	16384
fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic	fireworks_ai	2.2e-07	8.8e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic	fireworks_ai	1.5e-07	6e-07				131072	131072
fireworks_ai/accounts/fireworks/models/llamaguard-7b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/llava-yi-34b	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/minimax-m1-80k	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/minimax-m2	fireworks_ai	3e-07	1.2e-06				196608	4096
fireworks_ai/accounts/fireworks/models/minimax-m2p1	fireworks_ai	3e-07	1.2e-06	3e-08			196608	204800
fireworks_ai/accounts/fireworks/models/minimax-m3	fireworks_ai	3e-07	1.2e-06	6e-08			512000	512000
fireworks_ai/accounts/fireworks/models/minimax-m3p1-flash	fireworks_ai	1.5e-07	6e-07	1.5e-08			1048576	1048576
fireworks_ai/accounts/fireworks/models/ministral-3-14b-instruct-2512	fireworks_ai	2e-07	2e-07				256000	256000
fireworks_ai/accounts/fireworks/models/ministral-3-3b-instruct-2512	fireworks_ai	1e-07	1e-07				256000	256000
fireworks_ai/accounts/fireworks/models/ministral-3-8b-instruct-2512	fireworks_ai	2e-07	2e-07				256000	256000
fireworks_ai/accounts/fireworks/models/mistral-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-4k	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v0p2	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v3	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mistral-7b-v0p2	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mistral-large-3-fp8	fireworks_ai	1.2e-06	1.2e-06				256000	256000
fireworks_ai/accounts/fireworks/models/mistral-nemo-base-2407	fireworks_ai	2e-07	2e-07				128000	128000
fireworks_ai/accounts/fireworks/models/mistral-nemo-instruct-2407	fireworks_ai	2e-07	2e-07				128000	128000
fireworks_ai/accounts/fireworks/models/mistral-small-24b-instruct-2501	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mixtral-8x22b	fireworks_ai	1.2e-06	1.2e-06				65536	65536
fireworks_ai/accounts/fireworks/models/mixtral-8x22b-instruct	fireworks_ai	1.2e-06	1.2e-06				65536	65536
fireworks_ai/accounts/fireworks/models/mixtral-8x22b-instruct-hf	fireworks_ai	1.2e-06	1.2e-06				65536	65536
fireworks_ai/accounts/fireworks/models/mixtral-8x7b	fireworks_ai	5e-07	5e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct	fireworks_ai	5e-07	5e-07				32768	32768
fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct-hf	fireworks_ai	5e-07	5e-07				32768	32768
fireworks_ai/accounts/fireworks/models/muse-glimmer-30b	fireworks_ai	3.5e-07	1.5e-06	4e-08			131072	16384
fireworks_ai/accounts/fireworks/models/muse-spark-open	fireworks_ai	1.25e-06	4.25e-06	1.5e-07			1048576	
fireworks_ai/accounts/fireworks/models/mythomax-l2-13b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/nemotron-3-ultra-nvfp4	fireworks_ai	6e-07	2.4e-06	1.2e-07			262144	32768
fireworks_ai/accounts/fireworks/models/nemotron-lightning-3p5-30b-a3b	fireworks_ai	5e-08	2e-07	1e-08			262144	32768
fireworks_ai/accounts/fireworks/models/nemotron-nano-v2-12b-vl	fireworks_ai	1e-07	1e-07				131072	4096
fireworks_ai/accounts/fireworks/models/nous-capybara-7b-v1p9	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/nous-hermes-2-mixtral-8x7b-dpo	fireworks_ai	5e-07	5e-07				32768	32768
fireworks_ai/accounts/fireworks/models/nous-hermes-2-yi-34b	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/nous-hermes-llama2-13b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/nous-hermes-llama2-70b	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/nous-hermes-llama2-7b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/nvidia-nemotron-nano-12b-v2	fireworks_ai	2e-07	2e-07				128000	131072
fireworks_ai/accounts/fireworks/models/nvidia-nemotron-nano-9b-v2	fireworks_ai	2e-07	2e-07				128000	131072
fireworks_ai/accounts/fireworks/models/openchat-3p5-0106-7b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/openhermes-2-mistral-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/openhermes-2p5-mistral-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/openorca-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/phi-2-3b	fireworks_ai	1e-07	1e-07				2048	2048
fireworks_ai/accounts/fireworks/models/phi-3-mini-128k-instruct	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/phi-3-vision-128k-instruct	fireworks_ai	2e-07	2e-07				32064	32064
fireworks_ai/accounts/fireworks/models/phind-code-llama-34b-python-v1	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/phind-code-llama-34b-v1	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/phind-code-llama-34b-v2	fireworks_ai	9e-07	9e-07				16384	16384
fireworks_ai/accounts/fireworks/models/pythia-12b	fireworks_ai	2e-07	2e-07				2048	2048
fireworks_ai/accounts/fireworks/models/qwen-qwq-32b-preview	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen-v2p5-14b-instruct	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen-v2p5-7b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen1p5-72b-chat	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2-72b-instruct	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2-7b-instruct	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2-vl-2b-instruct	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2-vl-72b-instruct	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2-vl-7b-instruct	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-0p5b-instruct	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-14b	fireworks_ai	2e-07	2e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen2p5-1p5b-instruct	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-32b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen2p5-32b-instruct	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-72b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-7b-instruct	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-0p5b	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-0p5b-instruct	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-14b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-14b-instruct	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-1p5b	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-1p5b-instruct	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct-128k	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct-32k-rope	fireworks_ai	9e-07	9e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct-64k	fireworks_ai	9e-07	9e-07				65536	65536
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-3b	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-3b-instruct	fireworks_ai	1e-07	1e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-7b-instruct	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/qwen2p5-math-72b-instruct	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-32b-instruct	fireworks_ai	9e-07	9e-07				128000	128000
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-3b-instruct	fireworks_ai	2e-07	2e-07				128000	128000
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-72b-instruct	fireworks_ai	9e-07	9e-07				128000	128000
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-7b-instruct	fireworks_ai	2e-07	2e-07				128000	128000
fireworks_ai/accounts/fireworks/models/qwen3-0p6b	fireworks_ai	1e-07	1e-07				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-14b	fireworks_ai	2e-07	2e-07				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-1p7b	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen3-1p7b-fp8-draft	fireworks_ai	1e-07	1e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-1p7b-fp8-draft-131072	fireworks_ai	1e-07	1e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen3-1p7b-fp8-draft-40960	fireworks_ai	1e-07	1e-07				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b	fireworks_ai	2.2e-07	8.8e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-instruct-2507	fireworks_ai	2.2e-07	8.8e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-thinking-2507	fireworks_ai	2.2e-07	8.8e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b	fireworks_ai	1.5e-07	6e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b-instruct-2507	fireworks_ai	5e-07	5e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b-thinking-2507	fireworks_ai	9e-07	9e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-32b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/qwen3-4b	fireworks_ai	2e-07	2e-07				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-4b-instruct-2507	fireworks_ai	2e-07	2e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-8b	fireworks_ai	2e-07	2e-07				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-coder-30b-a3b-instruct	fireworks_ai	1.5e-07	6e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-coder-480b-a35b-instruct	fireworks_ai	4.5e-07	1.8e-06				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-coder-480b-instruct-bf16	fireworks_ai	9e-07	9e-07				262144	4096
fireworks_ai/accounts/fireworks/models/qwen3-embedding-0p6b	fireworks_ai	0.0	0.0				32768	32768
fireworks_ai/accounts/fireworks/models/qwen3-embedding-4b	fireworks_ai	0.0	0.0				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-embedding-8b	fireworks_ai	1e-07	0.0				40960	40960
fireworks_ai/accounts/fireworks/models/qwen3-next-80b-a3b-instruct	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/qwen3-next-80b-a3b-thinking	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/qwen3-vl-235b-a22b-instruct	fireworks_ai	2.2e-07	8.8e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-235b-a22b-thinking	fireworks_ai	2.2e-07	8.8e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-30b-a3b-instruct	fireworks_ai	1.5e-07	6e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-30b-a3b-thinking	fireworks_ai	1.5e-07	6e-07				262144	262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-32b-instruct	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/qwen3-vl-8b-instruct	fireworks_ai	2e-07	2e-07				262144	4096
fireworks_ai/accounts/fireworks/models/qwen3p7-plus	fireworks_ai	4e-07	1.6e-06	8e-08			262144	65536
fireworks_ai/accounts/fireworks/models/qwen3p8-max	fireworks_ai	2e-06	6e-06	2.5e-07			262144	
fireworks_ai/accounts/fireworks/models/qwq-32b	fireworks_ai	9e-07	9e-07				131072	131072
fireworks_ai/accounts/fireworks/models/rolm-ocr	fireworks_ai	2e-07	2e-07				128000	128000
fireworks_ai/accounts/fireworks/models/snorkel-mistral-7b-pairrm-dpo	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/stablecode-3b	fireworks_ai	1e-07	1e-07				4096	4096
fireworks_ai/accounts/fireworks/models/starcoder-16b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/starcoder-7b	fireworks_ai	2e-07	2e-07				8192	8192
fireworks_ai/accounts/fireworks/models/starcoder2-15b	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/starcoder2-3b	fireworks_ai	1e-07	1e-07				16384	16384
fireworks_ai/accounts/fireworks/models/starcoder2-7b	fireworks_ai	2e-07	2e-07				16384	16384
fireworks_ai/accounts/fireworks/models/toppy-m-7b	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/models/ultramarine-1-flash-us	fireworks_ai	2.25e-07	7.5e-07	4.5e-08			1048576	1048576
fireworks_ai/accounts/fireworks/models/yi-34b	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/yi-34b-200k-capybara	fireworks_ai	9e-07	9e-07				200000	200000
fireworks_ai/accounts/fireworks/models/yi-34b-chat	fireworks_ai	9e-07	9e-07				4096	4096
fireworks_ai/accounts/fireworks/models/yi-6b	fireworks_ai	2e-07	2e-07				4096	4096
fireworks_ai/accounts/fireworks/models/yi-large	fireworks_ai	3e-06	3e-06				32768	32768
fireworks_ai/accounts/fireworks/models/zephyr-7b-beta	fireworks_ai	2e-07	2e-07				32768	32768
fireworks_ai/accounts/fireworks/routers/deepseek-v4p1-flash-1017-spot	fireworks_ai	2.1e-07	8.4e-07	4.2e-09			1048576	393216
fireworks_ai/accounts/fireworks/routers/deepseek-v4p1-flash-spot	fireworks_ai	2.1e-07	8.4e-07	4.2e-09			1048576	393216
fireworks_ai/accounts/fireworks/routers/deepseek-v4p1-flash-us	fireworks_ai	4.5e-07	1.8e-06	9e-09			1048576	393216
fireworks_ai/accounts/fireworks/routers/glm-5p1-fast	fireworks_ai	2.8e-06	8.8e-06	5.2e-07			202800	131072
fireworks_ai/accounts/fireworks/routers/glm-5p2-fast	fireworks_ai	2.1e-06	6.6e-06	2.1e-07			1048576	131072
fireworks_ai/accounts/fireworks/routers/glm-5p2-fast-us	fireworks_ai	2.1e-06	6.6e-06	2.1e-07			1048576	131072
fireworks_ai/accounts/fireworks/routers/glm-5p3-fast	fireworks_ai	2.1e-06	6.6e-06	3.9e-07			1048576	1048576
fireworks_ai/accounts/fireworks/routers/glm-5p3-flash-us	fireworks_ai	2.25e-07	7.5e-07	4.5e-08			1048576	1048576
fireworks_ai/accounts/fireworks/routers/glm-5p3-spot	fireworks_ai	9.8e-07	3.08e-06	1.82e-07			1048576	128000
fireworks_ai/accounts/fireworks/routers/glm-5p3-us	fireworks_ai	2.1e-06	6.6e-06	3.9e-07			1048576	128000
fireworks_ai/accounts/fireworks/routers/kimi-k2p6-fast	fireworks_ai	2e-06	8e-06	3e-07			262144	32768
fireworks_ai/accounts/fireworks/routers/kimi-k2p7-code-fast	fireworks_ai	1.9e-06	8e-06	3.8e-07			262144	32768
fireworks_ai/accounts/fireworks/routers/kimi-k3-fast	fireworks_ai	4.5e-06	2.25e-05	4.5e-07			1048576	131072
fireworks_ai/accounts/fireworks/routers/kimi-k3-spot	fireworks_ai	2.1e-06	1.05e-05	2.1e-07			1048576	131072
fireworks_ai/accounts/fireworks/routers/kimi-k3-us	fireworks_ai	4.5e-06	2.25e-05	4.5e-07			1048576	131072
fireworks_ai/accounts/fireworks/routers/spot-deepseek-v4-flash	fireworks_ai	1.05e-07	2.1e-07	2.1e-08			1048576	384000
fireworks_ai/deepseek-v4-flash	fireworks_ai	1.4e-07	2.8e-07	2.8e-08			1048576	384000
fireworks_ai/deepseek-v4-flash-0731	fireworks_ai	2.2e-07	6.6e-07	7e-09			1048576	131072
fireworks_ai/deepseek-v4-flash-vision-exp	fireworks_ai	2.2e-07	6.6e-07	7e-09			1048576	1048576
fireworks_ai/deepseek-v4-pro-0813	fireworks_ai	1.32e-06	3.96e-06	4.4e-08			1048576	131072
fireworks_ai/deepseek-v4p1-flash	fireworks_ai	3e-07	1.2e-06	6e-09			1048576	393216
fireworks_ai/deepseek-v4p1-flash-us	fireworks_ai	4.5e-07	1.8e-06	9e-09			1048576	393216
fireworks_ai/glm-4p7	fireworks_ai	6e-07	2.2e-06	3e-07			202752	202800
fireworks_ai/glm-5p1	fireworks_ai	1.4e-06	4.4e-06	2.6e-07			202752	131072
fireworks_ai/glm-5p1-fast	fireworks_ai	2.8e-06	8.8e-06	5.2e-07			202800	131072
fireworks_ai/glm-5p2	fireworks_ai	1.4e-06	4.4e-06	1.4e-07			1048576	131072
fireworks_ai/glm-5p2-fast	fireworks_ai	2.1e-06	6.6e-06	2.1e-07			1048576	131072
fireworks_ai/glm-5p2-fast-us	fireworks_ai	2.1e-06	6.6e-06	2.1e-07			1048576	131072
fireworks_ai/glm-5p3	fireworks_ai	1.4e-06	4.4e-06	2.6e-07			1048576	128000
fireworks_ai/glm-5p3-fast	fireworks_ai	2.1e-06	6.6e-06	3.9e-07			1048576	1048576
fireworks_ai/glm-5p3-flash	fireworks_ai	1.5e-07	5e-07	3e-08			1048576	1048576
fireworks_ai/glm-5p3-flash-us	fireworks_ai	2.25e-07	7.5e-07	4.5e-08			1048576	1048576
fireworks_ai/glm-5p3-us	fireworks_ai	2.1e-06	6.6e-06	3.9e-07			1048576	128000
fireworks_ai/gpt-oss-120b	fireworks_ai	1.5e-07	6e-07	1.5e-08			131072	32768
fireworks_ai/gpt-oss-20b	fireworks_ai	7e-08	3e-07	3.5e-08			131072	32768
fireworks_ai/kimi-k2p5	fireworks_ai	6e-07	3e-06	1e-07			262144	32768
fireworks_ai/kimi-k2p6	fireworks_ai	9.5e-07	4e-06	1.6e-07			262144	32768
fireworks_ai/kimi-k2p6-fast	fireworks_ai	2e-06	8e-06	3e-07			262144	32768
fireworks_ai/kimi-k2p7-code	fireworks_ai	9.5e-07	4e-06	1.9e-07			262144	32768
fireworks_ai/kimi-k2p7-code-fast	fireworks_ai	1.9e-06	8e-06	3.8e-07			262144	32768
fireworks_ai/kimi-k3	fireworks_ai	3e-06	1.5e-05	3e-07			1048576	131072
fireworks_ai/kimi-k3-fast	fireworks_ai	4.5e-06	2.25e-05	4.5e-07			1048576	131072
fireworks_ai/kimi-k3-us	fireworks_ai	4.5e-06	2.25e-05	4.5e-07			1048576	131072
fireworks_ai/minimax-m2p1	fireworks_ai	3e-07	1.2e-06	3e-08			196608	204800
fireworks_ai/minimax-m3	fireworks_ai	3e-07	1.2e-06	6e-08			512000	512000
fireworks_ai/muse-glimmer-30b	fireworks_ai	3.5e-07	1.5e-06	4e-08			131072	16384
fireworks_ai/nemotron-3-ultra-nvfp4	fireworks_ai	6e-07	2.4e-06	1.2e-07			262144	32768
fireworks_ai/nemotron-lightning-3p5-30b-a3b	fireworks_ai	5e-08	2e-07	1e-08			262144	32768
fireworks_ai/nomic-ai/nomic-embed-text-v1	fireworks_ai-embedding-models	8e-09	0.0				8192	
fireworks_ai/nomic-ai/nomic-embed-text-v1.5	fireworks_ai-embedding-models	8e-09	0.0				8192	
fireworks_ai/qwen3p7-plus	fireworks_ai	4e-07	1.6e-06	8e-08			262144	65536
fireworks_ai/qwen3p8-max	fireworks_ai	2e-06	6e-06	2.5e-07			262144	
fireworks_ai/thenlper/gte-base	fireworks_ai-embedding-models	8e-09	0.0				512	
fireworks_ai/thenlper/gte-large	fireworks_ai-embedding-models	1.6e-08	0.0				512	
friendliai/MiniMaxAI/MiniMax-M2.5	friendliai	3e-07	1.2e-06	6e-08			196608	196608
friendliai/deepseek-ai/DeepSeek-V3.2	friendliai	5e-07	1.5e-06	2.5e-07			163840	163840
friendliai/google/gemma-4-31B-it	friendliai	1.4e-07	4e-07				262144	262144
friendliai/zai-org/GLM-5.1	friendliai	1.4e-06	4.4e-06	2.6e-07			202752	202752
friendliai/zai-org/GLM-5.2	friendliai	1.4e-06	4.4e-06	2.6e-07			1048576	1048576
friendliai/zai-org/GLM-5.3	friendliai	1.26e-06	3.96e-06	2.34e-07			1048576	1048576
friendliai/zai-org/GLM-5.3-Flash	friendliai	1.5e-07	5e-07	3e-08			1048576	1048576
ft:babbage-002	text-completion-openai	1.6e-06	1.6e-06				16384	4096
ft:davinci-002	text-completion-openai	1.2e-05	1.2e-05				16384	4096
ft:gpt-3.5-turbo	openai	3e-06	6e-06				16385	4096
ft:gpt-3.5-turbo-0125	openai	3e-06	6e-06				16385	4096
ft:gpt-3.5-turbo-0613	openai	3e-06	6e-06				4096	4096
ft:gpt-3.5-turbo-1106	openai	3e-06	6e-06				16385	4096
ft:gpt-4-0613	openai	3e-05	6e-05				8192	4096
ft:gpt-4.1-2025-04-14	openai	3e-06	1.2e-05	7.5e-07			1047576	32768
ft:gpt-4.1-mini-2025-04-14	openai	8e-07	3.2e-06	2e-07			1047576	32768
ft:gpt-4.1-nano-2025-04-14	openai	2e-07	8e-07	5e-08			1047576	32768
ft:gpt-4o-2024-08-06	openai	3.75e-06	1.5e-05	1.875e-06			128000	16384
ft:gpt-4o-2024-11-20	openai	3.75e-06	1.5e-05		1.875e-06		128000	16384
ft:gpt-4o-mini-2024-07-18	openai	3e-07	1.2e-06	1.5e-07			128000	16384
ft:o4-mini-2025-04-16	openai	4e-06	1.6e-05	1e-06			200000	100000
gemini-2.5-computer-use-preview-10-2025	vertex_ai-language-models	1.25e-06	1e-05				128000	64000
gemini-2.5-flash	vertex_ai-language-models	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65535
gemini-2.5-flash-lite	vertex_ai-language-models	1e-07	4e-07	1e-08		4e-07	1048576	65535
gemini-2.5-flash-lite-preview-09-2025	vertex_ai-language-models	1e-07	4e-07	1e-08		4e-07	1048576	65535
gemini-2.5-flash-preview-09-2025	vertex_ai-language-models	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65535
gemini-2.5-pro	vertex_ai-language-models	1.25e-06	1e-05	1.25e-07			1048576	65535
gemini-2.5-pro-preview-tts	vertex_ai-language-models	1e-06	2e-05	1.25e-07			1048576	65535
gemini-3-flash-preview	vertex_ai-language-models	5e-07	3e-06	5e-08		3e-06	1048576	65535
gemini-3.1-flash-lite	vertex_ai-language-models	2.5e-07	1.5e-06	2.5e-08		1.5e-06	1048576	65536
gemini-3.1-flash-lite-preview	vertex_ai-language-models	2.5e-07	1.5e-06	2.5e-08		1.5e-06	1048576	65536
gemini-3.1-pro-preview	vertex_ai-language-models	2e-06	1.2e-05	2e-07			1048576	65536
gemini-3.1-pro-preview-customtools	vertex_ai-language-models	2e-06	1.2e-05	2e-07			1048576	65536
gemini-3.5-flash	vertex_ai-language-models	1.5e-06	9e-06	1.5e-07		9e-06	1048576	65535
gemini-3.5-flash-lite	vertex_ai-language-models	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65536
gemini-3.6-flash	vertex_ai-language-models	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini-3.7-flash	vertex_ai-language-models	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini-3.8-flash	vertex_ai-language-models	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini-3.8-flash-cyber	vertex_ai-language-models	1.5e-06	7.5e-06	1.5e-07		7.5e-06	1048576	65536
gemini-embedding-001	vertex_ai-embedding-models	1.5e-07	0				2048	
gemini-embedding-2	vertex_ai-embedding-models	2e-07	0				8192	
gemini-embedding-2-preview	vertex_ai-embedding-models	2e-07	0				8192	
gemini-exp-1206	gemini	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65535
gemini-flash-experimental	vertex_ai-language-models	0	0				1000000	8192
gemini-flash-latest	gemini	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini-flash-lite-latest	gemini	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65536
gemini-omni-flash-preview	vertex_ai-language-models	1.5e-06	9e-06			9e-06	1048576	65535
gemini-pro-latest	gemini	2e-06	1.2e-05	2e-07			1048576	65536
gemini-robotics-er-1.5-preview	vertex_ai-language-models	3e-07	2.5e-06	0		2.5e-06	1048576	65535
gemini-robotics-er-2-preview	vertex_ai-language-models	1e-06	5e-06	1e-07		5e-06	131072	65536
gemini/deep-research-max-preview-04-2026	gemini	2e-06	1.2e-05				1048576	65536
gemini/deep-research-preview-04-2026	gemini	2e-06	1.2e-05				1048576	65536
gemini/deep-research-pro-preview-12-2025	gemini	2e-06	1.2e-05				1048576	65536
gemini/gemini-2.5-computer-use-preview-10-2025	gemini	1.25e-06	1e-05				128000	64000
gemini/gemini-2.5-flash	gemini	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65536
gemini/gemini-2.5-flash-lite	gemini	1e-07	4e-07	1e-08		4e-07	1048576	65536
gemini/gemini-2.5-pro	gemini	1.25e-06	1e-05	1.25e-07			1048576	65536
gemini/gemini-2.5-pro-preview-tts	gemini	1e-06	2e-05	1.25e-07			8192	16384
gemini/gemini-3-flash-preview	gemini	5e-07	3e-06	5e-08		3e-06	1048576	65536
gemini/gemini-3.1-flash-lite	gemini	2.5e-07	1.5e-06	2.5e-08		1.5e-06	1048576	65536
gemini/gemini-3.1-flash-lite-preview	gemini	2.5e-07	1.5e-06	2.5e-08		1.5e-06	1048576	65536
gemini/gemini-3.1-pro-preview	gemini	2e-06	1.2e-05	2e-07			1048576	65536
gemini/gemini-3.1-pro-preview-customtools	gemini	2e-06	1.2e-05	2e-07			1048576	65536
gemini/gemini-3.5-flash	gemini	1.5e-06	9e-06	1.5e-07		9e-06	1048576	65536
gemini/gemini-3.5-flash-lite	gemini	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65536
gemini/gemini-3.6-flash	gemini	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini/gemini-3.7-flash	gemini	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini/gemini-3.8-flash	gemini	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini/gemini-4-argon	gemini	2e-06	1e-05	1e-07		1e-05	1048576	1048576
gemini/gemini-embedding-001	gemini	1.5e-07	0				2048	
gemini/gemini-embedding-2	gemini	2e-07	0				8192	
gemini/gemini-embedding-2-preview	gemini	2e-07	0				8192	
gemini/gemini-exp-1114	gemini	0	0				1048576	8192
gemini/gemini-exp-1206	gemini	0	0				2097152	8192
gemini/gemini-flash-latest	gemini	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
gemini/gemini-flash-lite-latest	gemini	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65536
gemini/gemini-gemma-2-27b-it	gemini	3.5e-07	1.05e-06				8192	8192
gemini/gemini-gemma-2-9b-it	gemini	3.5e-07	1.05e-06				8192	8192
gemini/gemini-omni-1.1-flash	gemini	1.5e-06	9e-06			9e-06	1048576	65536
gemini/gemini-omni-flash-preview	gemini	1.5e-06	9e-06			9e-06	131072	65536
gemini/gemini-pro-latest	gemini	2e-06	1.2e-05	2e-07			1048576	65536
gemini/gemini-robotics-er-2-preview	gemini	1e-06	5e-06	1e-07		5e-06	131072	65536
gemini/gemini-robotics-er-2-streaming-preview	gemini	1e-06	5e-06				131072	65536
gemini/gemma-3-27b-it	gemini	0	0				131072	8192
gemini/gemma-4-26b-a4b-it	gemini	0.0	0.0				262144	32768
gemini/gemma-4-31b-it	gemini	0.0	0.0				262144	32768
gemini/learnlm-1.5-pro-experimental	gemini	0	0				32767	8192
gemini/lyria-3-clip-preview	gemini	0	0				131072	8192
gemini/lyria-3-pro-preview	gemini	0	0				131072	8192
gemini/lyria-3.5	gemini	0	0				131072	65536
gemini/lyria-3.5-clip-preview	gemini	0	0				131072	8192
gemini/lyria-3.5-pro-preview	gemini	0	0				131072	8192
gemini/lyria-realtime-exp	gemini	0	0				1048576	65536
gigachat/Embeddings	gigachat	0.0	0.0				512	
gigachat/Embeddings-2	gigachat	0.0	0.0				512	
gigachat/EmbeddingsGigaR	gigachat	0.0	0.0				4096	
gigachat/GigaChat-2	gigachat	0.0	0.0				128000	8192
gigachat/GigaChat-2-Max	gigachat	0.0	0.0				128000	8192
gigachat/GigaChat-2-Pro	gigachat	0.0	0.0				128000	8192
gigachat/GigaEmbeddings-3B-2025-09	gigachat	0.0	0.0				4096	
github_copilot/claude-fable-5	github_copilot	1e-05	5e-05	1e-06	1.25e-05		200000	64000
github_copilot/claude-fable-5.1	github_copilot	1e-05	5e-05	2.5e-07	1.25e-05		200000	64000
github_copilot/claude-haiku-4.5	github_copilot	1e-06	5e-06	1e-07	1.25e-06		128000	16000
github_copilot/claude-haiku-5.5	github_copilot	1e-07	5e-07	1e-08	1.25e-07		128000	16000
github_copilot/claude-opus-4.8	github_copilot	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
github_copilot/claude-opus-4.8-fast	github_copilot	1e-05	5e-05	1e-06	1.25e-05		200000	64000
github_copilot/claude-opus-5	github_copilot	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
github_copilot/claude-opus-5.5	github_copilot	4e-06	2e-05	2e-07	5e-06		200000	128000
github_copilot/claude-sonnet-4.6	github_copilot	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
github_copilot/claude-sonnet-5	github_copilot	2e-06	1e-05	2e-07	2.5e-06		200000	64000
github_copilot/claude-sonnet-5.5	github_copilot	2e-06	1e-05	1e-07	2.5e-06		200000	128000
github_copilot/gemini-3.7-flash	github_copilot	7.5e-07	3.75e-06	7.5e-08			200000	64000
github_copilot/gemini-3.8-flash	github_copilot	7.5e-07	3.75e-06	7.5e-08			200000	65536
github_copilot/gemini-4-argon	github_copilot	2e-06	1e-05	1e-07			200000	65536
github_copilot/gpt-5-mini	github_copilot	2.5e-07	2e-06	2.5e-08			128000	64000
github_copilot/gpt-5.3-codex	github_copilot	1.75e-06	1.4e-05	1.75e-07			128000	128000
github_copilot/gpt-5.4	github_copilot	2.5e-06	1.5e-05	2.5e-07			272000	128000
github_copilot/gpt-5.4-mini	github_copilot	7.5e-07	4.5e-06	7.5e-08			272000	128000
github_copilot/gpt-5.4-nano	github_copilot	2e-07	1.25e-06	2e-08			272000	128000
github_copilot/gpt-5.5	github_copilot	5e-06	3e-05	5e-07			272000	128000
github_copilot/gpt-5.6-luna	github_copilot	2e-07	1.2e-06	2e-08	2.5e-07		200000	128000
github_copilot/gpt-5.6-sol	github_copilot	4e-06	2e-05	4e-07	5e-06		272000	128000
github_copilot/gpt-5.6-terra	github_copilot	2e-06	1.2e-05	2e-07	2.5e-06		272000	128000
github_copilot/gpt-6-astra	github_copilot	1e-05	5e-05	1e-06	1.25e-05		922000	128000
github_copilot/gpt-6-luna	github_copilot	1e-07	5e-07	1e-08	1.25e-07		922000	128000
github_copilot/gpt-6-sol	github_copilot	2e-06	1e-05	2e-07	2.5e-06		922000	128000
github_copilot/gpt-6.1-sol	github_copilot	2e-06	1e-05	1e-07	2.5e-06		922000	128000
github_copilot/gpt-6.1-terra	github_copilot	1e-06	5e-06	5e-08	1.25e-06		922000	128000
github_copilot/grok-4.5	github_copilot	2e-06	6e-06	5e-07			500000	500000
github_copilot/grok-4.6	github_copilot	2e-06	6e-06	5e-07			500000	500000
github_copilot/grok-4.7	github_copilot	2e-06	6e-06	5e-07			500000	500000
github_copilot/kimi-k3	github_copilot	3e-06	1.5e-05	3e-07			917504	131072
github_copilot/mai-code-1.1-flash	github_copilot	2e-07	1.2e-06	2e-08			128000	128000
glm-4-7-251222	volcengine	0.0	0.0				204800	131072
global.amazon.nova-2-lite-v1:0	bedrock_converse	3e-07	2.5e-06	7.5e-08			1000000	64000
global.anthropic.claude-fable-5	bedrock_converse	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
global.anthropic.claude-fable-5-1	bedrock_converse	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
global.anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1e-06	5e-06	1e-07	1.25e-06		200000	64000
global.anthropic.claude-haiku-5-5	bedrock_converse	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
global.anthropic.claude-mythos-5-1	bedrock_converse	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
global.anthropic.claude-opus-4-5-20251101-v1:0	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
global.anthropic.claude-opus-4-6-v1	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
global.anthropic.claude-opus-4-7	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
global.anthropic.claude-opus-4-8	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
global.anthropic.claude-opus-5	bedrock_converse	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
global.anthropic.claude-opus-5-5	bedrock_converse	4e-06	2e-05	2e-07	5e-06		1000000	128000
global.anthropic.claude-sonnet-4-20250514-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
global.anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
global.anthropic.claude-sonnet-4-6	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		1000000	64000
global.anthropic.claude-sonnet-5	bedrock_converse	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
global.anthropic.claude-sonnet-5-5	bedrock_converse	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
global.cohere.embed-v4:0	bedrock	1.2e-07	0.0				128000	
global.moonshotai.kimi-k3	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		1000000	131072
global.openai.gpt-5.4	bedrock_converse	2.5e-06	1.5e-05	2.5e-07			922000	128000
global.openai.gpt-5.5	bedrock_converse	5e-06	3e-05	5e-07			922000	128000
global.openai.gpt-5.6-luna	bedrock_converse	2e-07	1.2e-06	2e-08	2.5e-07		922000	128000
global.openai.gpt-5.6-sol	bedrock_converse	4e-06	2e-05	4e-07	5e-06		922000	128000
global.openai.gpt-5.6-terra	bedrock_converse	2e-06	1.2e-05	2e-07	2.5e-06		922000	128000
global.openai.gpt-6-astra	bedrock_converse	1e-05	5e-05	1e-06	1.25e-05		922000	128000
global.openai.gpt-6-luna	bedrock_converse	1e-07	5e-07	1e-08	1.25e-07		922000	128000
global.openai.gpt-6-sol	bedrock_converse	2e-06	1e-05	2e-07	2.5e-06		922000	128000
global.openai.gpt-6.1-sol	bedrock_converse	2e-06	1e-05	1e-07	2.5e-06		1000000	131072
global.openai.gpt-6.1-terra	bedrock_converse	1e-06	5e-06	5e-08	1.25e-06		922000	128000
global.twelvelabs.pegasus-1-2-v1:0	bedrock		7.5e-06					
global.twelvelabs.pegasus-1-5-v1:0	bedrock		7.5e-06				261120	98304
global.xai.grok-4.6	bedrock_converse	2e-06	6e-06	5e-07			500000	500000
global.xai.grok-4.7	bedrock_converse	2e-06	6e-06	5e-07			524288	524288
global.zai.glm-5.3	bedrock_converse	1.68e-06	5.28e-06	3.12e-07	2.1e-06		1000000	128000
gmi/MiniMaxAI/MiniMax-M2.1	gmi	3e-07	1.2e-06				196608	16384
gmi/Qwen/Qwen3-VL-235B-A22B-Instruct-FP8	gmi	3e-07	1.4e-06				262144	16384
gmi/anthropic/claude-opus-4	gmi	1.5e-05	7.5e-05				409600	32000
gmi/anthropic/claude-opus-4.5	gmi	5e-06	2.5e-05				409600	32000
gmi/anthropic/claude-sonnet-4	gmi	3e-06	1.5e-05				409600	32000
gmi/anthropic/claude-sonnet-4.5	gmi	3e-06	1.5e-05				409600	32000
gmi/deepseek-ai/DeepSeek-V3-0324	gmi	2.8e-07	8.8e-07				163840	16384
gmi/deepseek-ai/DeepSeek-V3.2	gmi	2.8e-07	4e-07				163840	16384
gmi/google/gemini-3-flash-preview	gmi	5e-07	3e-06				1048576	65536
gmi/moonshotai/Kimi-K2-Thinking	gmi	8e-07	1.2e-06				262144	16384
gmi/openai/gpt-4o	gmi	2.5e-06	1e-05				131072	16384
gmi/openai/gpt-4o-mini	gmi	1.5e-07	6e-07				131072	16384
gmi/openai/gpt-5	gmi	1.25e-06	1e-05				409600	32000
gmi/openai/gpt-5.1	gmi	1.25e-06	1e-05				409600	32000
gmi/openai/gpt-5.2	gmi	1.75e-06	1.4e-05				409600	32000
gmi/zai-org/GLM-4.7-FP8	gmi	4e-07	2e-06				202752	16384
google.gemma-3-12b-it	bedrock_converse	9e-08	2.9e-07				128000	8000
google.gemma-3-27b-it	bedrock_converse	2.3e-07	3.8e-07				128000	8000
google.gemma-3-4b-it	bedrock_converse	4e-08	8e-08				128000	8000
gpt-3.5-turbo	openai	5e-07	1.5e-06				16385	4096
gpt-3.5-turbo-0125	openai	5e-07	1.5e-06				16385	4096
gpt-3.5-turbo-1106	openai	1e-06	2e-06				16385	4096
gpt-3.5-turbo-16k	openai	3e-06	4e-06				16385	4096
gpt-3.5-turbo-instruct	text-completion-openai	1.5e-06	2e-06				8192	4096
gpt-3.5-turbo-instruct-0914	text-completion-openai	1.5e-06	2e-06				8192	4097
gpt-4	openai	3e-05	6e-05				8192	4096
gpt-4-0613	openai	3e-05	6e-05				8192	4096
gpt-4-1106-preview	openai	1e-05	3e-05				128000	4096
gpt-4-turbo	openai	1e-05	3e-05				128000	4096
gpt-4-turbo-2024-04-09	openai	1e-05	3e-05				128000	4096
gpt-4.1	openai	2e-06	8e-06	5e-07			1047576	32768
gpt-4.1-2025-04-14	openai	2e-06	8e-06	5e-07			1047576	32768
gpt-4.1-mini	openai	4e-07	1.6e-06	1e-07			1047576	32768
gpt-4.1-mini-2025-04-14	openai	4e-07	1.6e-06	1e-07			1047576	32768
gpt-4.1-nano	openai	1e-07	4e-07	2.5e-08			1047576	32768
gpt-4.1-nano-2025-04-14	openai	1e-07	4e-07	2.5e-08			1047576	32768
gpt-4o	openai	2.5e-06	1e-05	1.25e-06			128000	16384
gpt-4o-2024-05-13	openai	5e-06	1.5e-05				128000	4096
gpt-4o-2024-08-06	openai	2.5e-06	1e-05	1.25e-06			128000	16384
gpt-4o-2024-11-20	openai	2.5e-06	1e-05	1.25e-06			128000	16384
gpt-4o-audio-preview-2024-12-17	openai	2.5e-06	1e-05				128000	16384
gpt-4o-audio-preview-2025-06-03	openai	2.5e-06	1e-05				128000	16384
gpt-4o-mini	openai	1.5e-07	6e-07	7.5e-08			128000	16384
gpt-4o-mini-2024-07-18	openai	1.5e-07	6e-07	7.5e-08			128000	16384
gpt-4o-mini-audio-preview-2024-12-17	openai	1.5e-07	6e-07				128000	16384
gpt-4o-mini-search-preview	openai	1.5e-07	6e-07	7.5e-08			128000	16384
gpt-4o-mini-search-preview-2025-03-11	openai	1.5e-07	6e-07	7.5e-08			128000	16384
gpt-4o-search-preview	openai	2.5e-06	1e-05	1.25e-06			128000	16384
gpt-4o-search-preview-2025-03-11	openai	2.5e-06	1e-05	1.25e-06			128000	16384
gpt-5	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5-2025-08-07	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5-chat	openai	1.25e-06	1e-05	1.25e-07			128000	16384
gpt-5-chat-latest	openai	1.25e-06	1e-05	1.25e-07			128000	16384
gpt-5-codex	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5-mini	openai	2.5e-07	2e-06	2.5e-08			272000	128000
gpt-5-mini-2025-08-07	openai	2.5e-07	2e-06	2.5e-08			272000	128000
gpt-5-nano	openai	5e-08	4e-07	5e-09			272000	128000
gpt-5-nano-2025-08-07	openai	5e-08	4e-07	5e-09			272000	128000
gpt-5-pro	openai	1.5e-05	0.00012				400000	272000
gpt-5-pro-2025-10-06	openai	1.5e-05	0.00012				400000	272000
gpt-5-search-api	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5-search-api-2025-10-14	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5.1	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5.1-2025-11-13	openai	1.25e-06	1e-05	1.25e-07			272000	128000
gpt-5.1-chat-latest	openai	1.25e-06	1e-05	1.25e-07			128000	16384
gpt-5.1-codex	openai	1.25e-06	1e-05	1.25e-07			400000	128000
gpt-5.1-codex-max	openai	1.25e-06	1e-05	1.25e-07			400000	128000
gpt-5.1-codex-mini	openai	2.5e-07	2e-06	2.5e-08			400000	128000
gpt-5.2	openai	1.75e-06	1.4e-05	1.75e-07			272000	128000
gpt-5.2-2025-12-11	openai	1.75e-06	1.4e-05	1.75e-07			272000	128000
gpt-5.2-chat-latest	openai	1.75e-06	1.4e-05	1.75e-07			128000	16384
gpt-5.2-codex	openai	1.75e-06	1.4e-05	1.75e-07			272000	128000
gpt-5.2-pro	openai	2.1e-05	0.000168				272000	128000
gpt-5.2-pro-2025-12-11	openai	2.1e-05	0.000168				272000	128000
gpt-5.3-chat-latest	openai	1.75e-06	1.4e-05	1.75e-07			128000	16384
gpt-5.3-codex	openai	1.75e-06	1.4e-05	1.75e-07			272000	128000
gpt-5.4	openai	2.5e-06	1.5e-05	2.5e-07			1050000	128000
gpt-5.4-2026-03-05	openai	2.5e-06	1.5e-05	2.5e-07			1050000	128000
gpt-5.4-mini	openai	7.5e-07	4.5e-06	7.5e-08			272000	128000
gpt-5.4-mini-2026-03-17	openai	7.5e-07	4.5e-06	7.5e-08			272000	128000
gpt-5.4-nano	openai	2e-07	1.25e-06	2e-08			272000	128000
gpt-5.4-nano-2026-03-17	openai	2e-07	1.25e-06	2e-08			272000	128000
gpt-5.4-pro	openai	3e-05	0.00018				1050000	128000
gpt-5.4-pro-2026-03-05	openai	3e-05	0.00018				1050000	128000
gpt-5.5	openai	5e-06	3e-05	5e-07			1050000	128000
gpt-5.5-2026-04-23	openai	5e-06	3e-05	5e-07			1050000	128000
gpt-5.5-cyber	openai	1.25e-05	7.5e-05	1.25e-06				
gpt-5.5-cyber-preview	openai	1.25e-05	7.5e-05	1.25e-06				
gpt-5.5-pro	openai	3e-05	0.00018				1050000	128000
gpt-5.5-pro-2026-04-23	openai	3e-05	0.00018				1050000	128000
gpt-5.6	openai	4e-06	2e-05	4e-07	5e-06		922000	128000
gpt-5.6-cyber	openai	1.25e-05	7.5e-05	1.25e-06	1.5625e-05		400000	128000
gpt-5.6-luna	openai	2e-07	1.2e-06	2e-08	2.5e-07		922000	128000
gpt-5.6-sol	openai	4e-06	2e-05	4e-07	5e-06		922000	128000
gpt-5.6-terra	openai	2e-06	1.2e-05	2e-07	2.5e-06		922000	128000
gpt-6-astra	openai	1e-05	5e-05	1e-06	1.25e-05		922000	128000
gpt-6-astra-law	openai	1e-05	5e-05	1e-06			922000	128000
gpt-6-luna	openai	1e-07	5e-07	1e-08	1.25e-07		922000	128000
gpt-6-rosalind	openai	1.5e-05	7.5e-05	1.5e-06	1.875e-05		922000	128000
gpt-6-sol	openai	2e-06	1e-05	2e-07	2.5e-06		922000	128000
gpt-6.1-sol	openai	2e-06	1e-05	1e-07	2.5e-06		922000	128000
gpt-6.1-terra	openai	1e-06	5e-06	5e-08	1.25e-06		922000	128000
gpt-audio	openai	2.5e-06	1e-05				128000	16384
gpt-audio-1.5	openai	2.5e-06	1e-05				128000	16384
gpt-audio-2025-08-28	openai	2.5e-06	1e-05				128000	16384
gpt-audio-mini	openai	6e-07	2.4e-06				128000	16384
gpt-audio-mini-2025-10-06	openai	6e-07	2.4e-06				128000	16384
gpt-audio-mini-2025-12-15	openai	6e-07	2.4e-06				128000	16384
gpt-daybreak-blue-latest	openai	4e-06	2e-05	4e-07	5e-06		922000	128000
gpt-daybreak-red-latest	openai	1.25e-05	7.5e-05	1.25e-06	1.5625e-05		400000	128000
gpt-rosalind-discovery	openai	5e-06	2.5e-05	5e-07				
gpt-rosalind-research	openai	5e-06	2.5e-05	5e-07				
gradient_ai/anthropic-claude-3-opus	gradient_ai	1.5e-05	7.5e-05				200000	1024
gradient_ai/anthropic-claude-3.5-haiku	gradient_ai	8e-07	4e-06				200000	1024
gradient_ai/anthropic-claude-3.5-sonnet	gradient_ai	3e-06	1.5e-05				200000	1024
gradient_ai/anthropic-claude-3.7-sonnet	gradient_ai	3e-06	1.5e-05				200000	1024
gradient_ai/deepseek-r1-distill-llama-70b	gradient_ai	9.9e-07	9.9e-07				32768	8000
gradient_ai/llama3-8b-instruct	gradient_ai	2e-07	2e-07				8192	512
gradient_ai/llama3.3-70b-instruct	gradient_ai	6.5e-07	6.5e-07				128000	2048
gradient_ai/mistral-nemo-instruct-2407	gradient_ai	3e-07	3e-07				128000	512
gradient_ai/openai-o3	gradient_ai	2e-06	8e-06				200000	100000
gradient_ai/openai-o3-mini	gradient_ai	1.1e-06	4.4e-06				200000	100000
groq/llama-guard-3-8b	groq	2e-07	2e-07				8192	8192
groq/meta-llama/llama-prompt-guard-2-22m	groq	3e-08	3e-08				512	512
groq/meta-llama/llama-prompt-guard-2-86m	groq	4e-08	4e-08				512	512
groq/openai/gpt-oss-120b	groq	1.5e-07	6e-07	7.5e-08			131072	65536
groq/openai/gpt-oss-20b	groq	7.5e-08	3e-07	3.75e-08			131072	65536
groq/openai/gpt-oss-safeguard-20b	groq	7.5e-08	3e-07	3.7e-08			131072	65536
groq/qwen/qwen3.8-27b	groq	8e-07	4e-06				131072	16384
hostinger_router/claude-sonnet-5	hostinger_router	2.64e-06	1.32e-05	2.64e-07	3.3e-06		1000000	128000
hostinger_router/gpt-5.2	hostinger_router	2.1e-06	1.68e-05	2.1e-07			272000	128000
hostinger_router/text-embedding-3-large	hostinger_router	1.716e-07	0.0				8191	
hostinger_router/text-embedding-3-small	hostinger_router	3e-08	0.0				8191	
hyperbolic/NousResearch/Hermes-3-Llama-3.1-70B	hyperbolic	1.2e-07	3e-07				32768	32768
hyperbolic/Qwen/QwQ-32B	hyperbolic	2e-07	2e-07				131072	131072
hyperbolic/Qwen/Qwen2.5-72B-Instruct	hyperbolic	1.2e-07	3e-07				131072	131072
hyperbolic/Qwen/Qwen2.5-Coder-32B-Instruct	hyperbolic	1.2e-07	3e-07				32768	32768
hyperbolic/Qwen/Qwen3-235B-A22B	hyperbolic	2e-06	2e-06				131072	131072
hyperbolic/deepseek-ai/DeepSeek-R1	hyperbolic	4e-07	4e-07				32768	32768
hyperbolic/deepseek-ai/DeepSeek-R1-0528	hyperbolic	2.5e-07	2.5e-07				131072	131072
hyperbolic/deepseek-ai/DeepSeek-V3	hyperbolic	2e-07	2e-07				32768	32768
hyperbolic/deepseek-ai/DeepSeek-V3-0324	hyperbolic	4e-07	4e-07				32768	32768
hyperbolic/meta-llama/Llama-3.2-3B-Instruct	hyperbolic	1.2e-07	3e-07				32768	32768
hyperbolic/meta-llama/Llama-3.3-70B-Instruct	hyperbolic	1.2e-07	3e-07				131072	131072
hyperbolic/meta-llama/Meta-Llama-3-70B-Instruct	hyperbolic	1.2e-07	3e-07				131072	131072
hyperbolic/meta-llama/Meta-Llama-3.1-405B-Instruct	hyperbolic	1.2e-07	3e-07				32768	32768
hyperbolic/meta-llama/Meta-Llama-3.1-70B-Instruct	hyperbolic	1.2e-07	3e-07				32768	32768
hyperbolic/meta-llama/Meta-Llama-3.1-8B-Instruct	hyperbolic	1.2e-07	3e-07				32768	32768
hyperbolic/moonshotai/Kimi-K2-Instruct	hyperbolic	2e-06	2e-06				131072	131072
in.moonshotai.kimi-k3	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	131072
inception/mercury-2	inception	2.5e-07	7.5e-07	2.5e-08			128000	50000
inception/mercury-2.5	inception	2e-07	7.5e-07	2e-08			260000	65536
inferenceapis/MiniMaxAI/MiniMax-M3	inferenceapis	3.9e-07	1.56e-06	8e-08			524288	524288
inferenceapis/Qwen/Qwen3-VL-235B-A22B-Instruct	inferenceapis	2.6e-07	1.15e-06				262144	262144
inferenceapis/Qwen/Qwen3.8-Flash	inferenceapis	1.5e-07	5e-07	2e-08			1000000	1000000
inferenceapis/deepseek-ai/DeepSeek-V3	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-ai/DeepSeek-V4-Flash	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-ai/DeepSeek-V4-Flash-0731	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-ai/DeepSeek-V4-Pro	inferenceapis	1.72e-06	5.15e-06	1.7e-07			1048576	1048576
inferenceapis/deepseek-ai/DeepSeek-V4-Pro-0813	inferenceapis	1.72e-06	5.15e-06	1.7e-07			1048576	1048576
inferenceapis/deepseek-ai/DeepSeek-V4.1-Flash	inferenceapis	4e-07	1.6e-06	1e-08			1048576	1048576
inferenceapis/deepseek-chat	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-flash	inferenceapis	4e-07	1.6e-06	1e-08			1048576	1048576
inferenceapis/deepseek-reasoner	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-v3	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-v4-flash	inferenceapis	1.9e-07	3.8e-07	4e-08			1048576	1048576
inferenceapis/deepseek-v4-pro	inferenceapis	1.72e-06	5.15e-06	1.7e-07			1048576	1048576
inferenceapis/deepseek-v4.1-flash	inferenceapis	4e-07	1.6e-06	1e-08			1048576	1048576
inferenceapis/glm-5.3	inferenceapis	1.82e-06	5.72e-06	3.4e-07			1048575	1048575
inferenceapis/glm-5.3-flash	inferenceapis	2e-07	6.6e-07	4e-08			1048575	1048575
inferenceapis/gpt-oss-120b	inferenceapis	2e-07	8e-07				131072	131072
inferenceapis/gpt-oss-20b	inferenceapis	4e-08	1.9e-07				131072	131072
inferenceapis/kimi-k2.7-code	inferenceapis	8.9e-07	4.42e-06	1.8e-07			262144	262144
inferenceapis/llama-3.1-8b-instant	inferenceapis	2e-07	5e-07				131072	131072
inferenceapis/llama-3.3-70b	inferenceapis	2e-07	5e-07				131072	131072
inferenceapis/llama-3.3-70b-instruct	inferenceapis	2e-07	5e-07				131072	131072
inferenceapis/llama-3.3-70b-versatile	inferenceapis	2e-07	5e-07				131072	131072
inferenceapis/meta-llama/Llama-3.3-70B-Instruct	inferenceapis	2e-07	5e-07				131072	131072
inferenceapis/meta-llama/Llama-3.3-70B-Instruct-Turbo	inferenceapis	2e-07	5e-07				131072	131072
inferenceapis/minimax-m3	inferenceapis	3.9e-07	1.56e-06	8e-08			524288	524288
inferenceapis/moonshotai/Kimi-K2.7-Code	inferenceapis	8.9e-07	4.42e-06	1.8e-07			262144	262144
inferenceapis/openai/gpt-oss-120b	inferenceapis	2e-07	8e-07				131072	131072
inferenceapis/openai/gpt-oss-20b	inferenceapis	4e-08	1.9e-07				131072	131072
inferenceapis/qwen3-vl	inferenceapis	2.6e-07	1.15e-06				262144	262144
inferenceapis/qwen3-vl-235b	inferenceapis	2.6e-07	1.15e-06				262144	262144
inferenceapis/qwen3.8-flash	inferenceapis	1.5e-07	5e-07	2e-08			1000000	1000000
inferenceapis/zai-org/GLM-5.3	inferenceapis	1.82e-06	5.72e-06	3.4e-07			1048575	1048575
inferenceapis/zai-org/GLM-5.3-Flash	inferenceapis	2e-07	6.6e-07	4e-08			1048575	1048575
j2-light	ai21	3e-06	3e-06				8192	8192
j2-mid	ai21	1e-05	1e-05				8192	8192
j2-ultra	ai21	1.5e-05	1.5e-05				8192	8192
jamba-1.5	ai21	2e-07	4e-07				256000	256000
jamba-1.5-large	ai21	2e-06	8e-06				256000	256000
jamba-1.5-large@001	ai21	2e-06	8e-06				256000	256000
jamba-1.5-mini	ai21	2e-07	4e-07				256000	256000
jamba-1.5-mini@001	ai21	2e-07	4e-07				256000	256000
jamba-large-1.6	ai21	2e-06	8e-06				256000	256000
jamba-large-1.7	ai21	2e-06	8e-06				256000	256000
jamba-mini-1.6	ai21	2e-07	4e-07				256000	256000
jamba-mini-1.7	ai21	2e-07	4e-07				256000	256000
jp.amazon.nova-2-lite-v1:0	bedrock_converse	3.96e-07	3.311e-06	9.9e-08			1000000	64000
jp.anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1.1e-06	5.5e-06	1.1e-07	1.375e-06		200000	64000
jp.anthropic.claude-haiku-5-5	bedrock_converse	1.1e-07	5.5e-07	1.1e-08	1.375e-07		1000000	128000
jp.anthropic.claude-opus-4-7	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
jp.anthropic.claude-opus-4-8	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
jp.anthropic.claude-opus-5	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
jp.anthropic.claude-opus-5-5	bedrock_converse	4.4e-06	2.2e-05	2.2e-07	5.5e-06		1000000	128000
jp.anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		200000	64000
jp.anthropic.claude-sonnet-4-6	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	64000
jp.anthropic.claude-sonnet-5	bedrock_converse	2.2e-06	1.1e-05	2.2e-07	2.75e-06		1000000	128000
jp.anthropic.claude-sonnet-5-5	bedrock_converse	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	128000
kimi-k2-thinking-251104	volcengine	0.0	0.0				229376	32768
kyma/claude-fable-5	kyma	1.35e-05	6.75e-05				1000000	128000
kyma/claude-fable-5.1	kyma	1.35e-05	6.75e-05				1000000	128000
kyma/claude-haiku-4-5	kyma	1.35e-06	6.75e-06	1.35e-07			200000	64000
kyma/claude-haiku-5.5	kyma	1.35e-07	6.75e-07	1.35e-08			1000000	128000
kyma/claude-opus-4-7	kyma	6.75e-06	3.375e-05	6.75e-07			1000000	128000
kyma/claude-opus-5	kyma	6.75e-06	3.375e-05	6.75e-07			1000000	128000
kyma/claude-opus-5.5	kyma	5.4e-06	2.7e-05	2.7e-07			1000000	128000
kyma/claude-sonnet-4-6	kyma	4.05e-06	2.025e-05	4.05e-07			1000000	128000
kyma/claude-sonnet-5	kyma	2.7e-06	1.35e-05	2.7e-07			1000000	128000
kyma/claude-sonnet-5.5	kyma	2.7e-06	1.35e-05	1.35e-07			1000000	128000
kyma/deepseek-r1	kyma	7.425e-07	2.957e-06				64000	32768
kyma/deepseek-v3	kyma	5.18e-07	7.571e-07				160000	8192
kyma/deepseek-v4-flash	kyma	1.23e-07	2.458e-07	2.43e-08			1000000	65536
kyma/deepseek-v4-flash-vision-exp	kyma	3.892e-07	1.168e-06				1048576	384000
kyma/deepseek-v4.1-flash	kyma	2.7e-07	8.1e-07				1048576	131072
kyma/gemini-3-flash	kyma	6.75e-07	4.05e-06	6.75e-08			1048576	8192
kyma/gemini-3.1-pro	kyma	2.7e-06	1.62e-05	2.7e-07			1048576	65536
kyma/gemini-3.5-flash	kyma	2.025e-06	1.215e-05	2.025e-07			1048576	8192
kyma/gemini-3.5-flash-lite	kyma	4.05e-07	3.375e-06	4.05e-08			1048576	8192
kyma/gemini-3.6-flash	kyma	1.013e-06	5.063e-06	1.0125e-07			1048576	8192
kyma/gemini-3.7-flash	kyma	2.026e-06	1.0126e-05	1.0125e-07			1048576	65536
kyma/gemini-3.8-flash	kyma	2.026e-06	1.0126e-05				1048576	65536
kyma/gemini-4-argon	kyma	5.4e-06	2.7e-05	2.7e-07			1048576	65536
kyma/gemma-4-31b	kyma	1.642e-07	4.689e-07	1.642e-07			128000	8192
kyma/glm-4.5-air	kyma	1.797e-07	1.175e-06	3.375e-08			131072	8192
kyma/glm-4.7-flash	kyma	8.1e-08	5.4e-07	1.35e-08			203000	65536
kyma/glm-5.1	kyma	1.89e-06	5.94e-06	2.7675e-07			203000	65536
kyma/glm-5.2	kyma	9.029e-07	3.083e-06	2.9835e-07			1000000	131072
kyma/glm-5.3	kyma	1.178e-06	3.702e-06				1310720	131072
kyma/glm-5.3-flash	kyma	1.72e-07	5.733e-07				1310720	65536
kyma/gpt-5.6-luna	kyma	2.944e-07	1.767e-06	2.7e-08			1050000	128000
kyma/gpt-5.6-luna-pro	kyma	2.703e-07	1.621e-06	2.7e-08			1050000	128000
kyma/gpt-5.6-sol	kyma	5.4e-06	2.7e-05	6.75e-07			1050000	128000
kyma/gpt-5.6-sol-pro	kyma	5.4e-06	2.7e-05	6.75e-07			1050000	128000
kyma/gpt-5.6-terra	kyma	2.7e-06	1.62e-05	2.7e-07			1050000	8192
kyma/gpt-5.6-terra-pro	kyma	2.7e-06	1.62e-05	2.7e-07			1050000	128000
kyma/gpt-6-astra	kyma	1.35e-05	6.75e-05	1.35e-06			1050000	128000
kyma/gpt-6-luna	kyma	1.639e-07	8.195e-07	1.35e-08			1050000	128000
kyma/gpt-6.1-sol	kyma	2.7e-06	1.35e-05	1.35e-07			1050000	128000
kyma/gpt-oss-120b	kyma	4.73e-08	2.303e-07				128000	8192
kyma/grok-4.20	kyma	1.763e-06	3.528e-06				2000000	8192
kyma/grok-4.20-multi-agent	kyma	1.767e-06	3.534e-06				2000000	8192
kyma/grok-4.3	kyma	1.92e-06	3.838e-06	2.7e-07			1000000	32768
kyma/grok-4.5	kyma	2.73e-06	8.189e-06				500000	8192
kyma/grok-4.6	kyma	2.758e-06	8.274e-06				500000	8192
kyma/grok-4.7	kyma	2.16e-06	6.48e-06	5.4e-07			500000	450000
kyma/grok-build	kyma	1.389e-06	2.777e-06	2.7e-07			256000	32768
kyma/hy3	kyma	1.594e-07	6.576e-07				262144	8192
kyma/hy4-preview	kyma	1.1259e-06	3.3764e-06				1048576	64000
kyma/kimi-k2.6	kyma	5.909e-07	2.758e-06				262144	32768
kyma/kimi-k2.7-code	kyma	1.009e-06	4.774e-06				262144	16384
kyma/kimi-k3	kyma	3.052e-06	1.5258e-05	4.05e-07			1048576	32768
kyma/kimi-k3.1-pro	kyma	2.7e-06	1.35e-05	2.7e-07			1048576	943718
kyma/llama-3.3-70b	kyma	1.35e-07	4.32e-07				128000	8192
kyma/llama-4-maverick	kyma	3.344e-07	1.337e-06				1048576	16384
kyma/mimo-v2.5	kyma	1.859e-07	3.718e-07				1050000	16384
kyma/mimo-v2.6-flash	kyma	1.89e-07	3.78e-07				1050000	131072
kyma/mimo-v2.6-pro	kyma	5.805e-07	1.1745e-06				1050000	131072
kyma/minimax-m2.5	kyma	4.188e-07	1.675e-06				196608	32768
kyma/minimax-m2.7	kyma	4.05e-07	1.62e-06				204800	32768
kyma/minimax-m3	kyma	3.956e-07	1.582e-06	7.56e-08			1048576	32768
kyma/minimax-m3.1-flash	kyma	2.025e-07	8.1e-07	2.025e-08			1048576	524288
kyma/muse-glimmer-30b	kyma	4.554e-07	1.821e-06				131072	8192
kyma/muse-spark-1.1	kyma	1.542e-06	5.243e-06				1048576	8192
kyma/muse-spark-1.2	kyma	1.773e-06	6.025e-06				1048576	8192
kyma/muse-spark-1.3	kyma	1.688e-06	5.738e-06				1048576	8192
kyma/muse-spark-open	kyma	1.688e-06	5.738e-06				1048576	943718
kyma/muse-wonder	kyma	5.4e-06	2.7e-05				1048576	943718
kyma/nemotron-3-ultra-550b	kyma	6.75e-07	3.375e-06	1.35e-07			1000000	32768
kyma/nemotron-3.5-super-vl	kyma	8.1e-08	4.725e-07	1.35e-08			1048576	235929
kyma/qwen-3-32b	kyma	1.08e-07	3.78e-07				32768	8192
kyma/qwen-3-coder	kyma	3.546e-07	1.612e-06	1.35e-07			131072	32768
kyma/qwen-3.6-plus	kyma	4.388e-07	2.633e-06				1000000	65536
kyma/qwen-3.7-max	kyma	2.071e-06	6.207e-06	1.6875e-07			1000000	32768
kyma/qwen-3.7-plus	kyma	4.325e-07	1.731e-06	8.64e-08			1000000	32768
kyma/qwen-3.8-max	kyma	2.228e-06	6.684e-06	2.781e-07			1000000	131072
kyma/qwen3.7-flash	kyma	4.35e-08	1.886e-07	8.1e-09			1000000	8192
kyma/qwen3.8-27b	kyma	3.826e-07	2.732e-06				1000000	131072
kyma/qwen3.8-flash	kyma	2.045e-07	6.41e-07				1000000	131072
kyma/sonar	kyma	1.35e-06	1.35e-06				127072	4096
kyma/sonar-pro	kyma	4.05e-06	2.025e-05				200000	8000
kyma/step-3.7-flash	kyma	2.229e-07	1.282e-06	5.4e-08			256000	8192
kyma/step-5-preview	kyma	1.35e-06	3.645e-06	1.35e-07			1048576	64000
lambda_ai/deepseek-llama3.3-70b	lambda_ai	2e-07	6e-07				131072	131072
lambda_ai/deepseek-r1-0528	lambda_ai	2e-07	6e-07				131072	131072
lambda_ai/deepseek-r1-671b	lambda_ai	8e-07	8e-07				131072	131072
lambda_ai/deepseek-v3-0324	lambda_ai	2e-07	6e-07				131072	131072
lambda_ai/hermes3-405b	lambda_ai	8e-07	8e-07				131072	131072
lambda_ai/hermes3-70b	lambda_ai	1.2e-07	3e-07				131072	131072
lambda_ai/hermes3-8b	lambda_ai	2.5e-08	4e-08				131072	131072
lambda_ai/lfm-40b	lambda_ai	1e-07	2e-07				131072	131072
lambda_ai/lfm-7b	lambda_ai	2.5e-08	4e-08				131072	131072
lambda_ai/llama-4-maverick-17b-128e-instruct-fp8	lambda_ai	5e-08	1e-07				131072	8192
lambda_ai/llama-4-scout-17b-16e-instruct	lambda_ai	5e-08	1e-07				16384	8192
lambda_ai/llama3.1-405b-instruct-fp8	lambda_ai	8e-07	8e-07				131072	131072
lambda_ai/llama3.1-70b-instruct-fp8	lambda_ai	1.2e-07	3e-07				131072	131072
lambda_ai/llama3.1-8b-instruct	lambda_ai	2.5e-08	4e-08				131072	131072
lambda_ai/llama3.1-nemotron-70b-instruct-fp8	lambda_ai	1.2e-07	3e-07				131072	131072
lambda_ai/llama3.2-11b-vision-instruct	lambda_ai	1.5e-08	2.5e-08				131072	131072
lambda_ai/llama3.2-3b-instruct	lambda_ai	1.5e-08	2.5e-08				131072	131072
lambda_ai/llama3.3-70b-instruct-fp8	lambda_ai	1.2e-07	3e-07				131072	131072
lambda_ai/qwen25-coder-32b-instruct	lambda_ai	5e-08	1e-07				131072	131072
lambda_ai/qwen3-32b-fp8	lambda_ai	5e-08	1e-07				131072	131072
lemonade/Gemma-3-4b-it-GGUF	lemonade	0	0				128000	8192
lemonade/Qwen3-4B-Instruct-2507-GGUF	lemonade	0	0				262144	32768
lemonade/Qwen3-Coder-30B-A3B-Instruct-GGUF	lemonade	0	0				262144	32768
lemonade/gpt-oss-120b-mxfp-GGUF	lemonade	0	0				131072	32768
lemonade/gpt-oss-20b-mxfp4-GGUF	lemonade	0	0				131072	32768
libertai/bge-m3	libertai	1e-08	0.0				8192	
libertai/deepseek-v4-flash	libertai	2.5e-07	1.75e-06				200000	200000
libertai/deepseek-v4-flash-thinking	libertai	2.5e-07	1.75e-06				200000	200000
libertai/gemma-4-31b-it	libertai	1.5e-07	4e-07				262144	262144
libertai/gemma-4-31b-it-thinking	libertai	1.5e-07	4e-07				262144	262144
libertai/hermes-3-8b-tee	libertai	1.5e-07	6e-07				16000	16000
libertai/qwen3.5-122b-a10b	libertai	2.5e-07	1.75e-06				262144	262144
libertai/qwen3.5-122b-a10b-thinking	libertai	2.5e-07	1.75e-06				262144	262144
libertai/qwen3.6-27b	libertai	1.5e-07	5e-07				262144	262144
libertai/qwen3.6-27b-thinking	libertai	1.5e-07	5e-07				262144	262144
libertai/qwen3.6-35b-a3b	libertai	1.5e-07	5e-07				262144	262144
libertai/qwen3.6-35b-a3b-thinking	libertai	1.5e-07	5e-07				262144	262144
llamagate/codellama-7b	llamagate	6e-08	1.2e-07				16384	4096
llamagate/deepseek-coder-6.7b	llamagate	6e-08	1.2e-07				16384	4096
llamagate/deepseek-r1-7b-qwen	llamagate	8e-08	1.5e-07				131072	16384
llamagate/deepseek-r1-8b	llamagate	1e-07	2e-07				65536	16384
llamagate/dolphin3-8b	llamagate	8e-08	1.5e-07				128000	8192
llamagate/gemma3-4b	llamagate	3e-08	8e-08				128000	8192
llamagate/llama-3.1-8b	llamagate	3e-08	5e-08				131072	8192
llamagate/llama-3.2-3b	llamagate	4e-08	8e-08				131072	8192
llamagate/llava-7b	llamagate	1e-07	2e-07				4096	2048
llamagate/mistral-7b-v0.3	llamagate	1e-07	1.5e-07				32768	8192
llamagate/nomic-embed-text	llamagate	2e-08	0				8192	
llamagate/openthinker-7b	llamagate	8e-08	1.5e-07				32768	8192
llamagate/qwen2.5-coder-7b	llamagate	6e-08	1.2e-07				32768	8192
llamagate/qwen3-8b	llamagate	4e-08	1.4e-07				32768	8192
llamagate/qwen3-embedding-8b	llamagate	2e-08	0				40960	
llamagate/qwen3-vl-8b	llamagate	1.5e-07	5.5e-07				32768	8192
meta.llama2-13b-chat-v1	bedrock	7.5e-07	1e-06				4096	4096
meta.llama2-70b-chat-v1	bedrock	1.95e-06	2.56e-06				4096	4096
meta.llama3-1-405b-instruct-v1:0	bedrock	2.4e-06	2.4e-06				128000	4096
meta.llama3-1-70b-instruct-v1:0	bedrock	7.2e-07	7.2e-07				128000	4096
meta.llama3-1-8b-instruct-v1:0	bedrock	2.2e-07	2.2e-07				128000	4096
meta.llama3-2-11b-instruct-v1:0	bedrock	1.6e-07	1.6e-07				128000	4096
meta.llama3-2-1b-instruct-v1:0	bedrock	1e-07	1e-07				128000	4096
meta.llama3-2-3b-instruct-v1:0	bedrock	1.5e-07	1.5e-07				128000	4096
meta.llama3-2-90b-instruct-v1:0	bedrock	7.2e-07	7.2e-07				128000	4096
meta.llama3-3-70b-instruct-v1:0	bedrock_converse	7.2e-07	7.2e-07				128000	4096
meta.llama3-70b-instruct-v1:0	bedrock	2.65e-06	3.5e-06				8192	8192
meta.llama3-8b-instruct-v1:0	bedrock	3e-07	6e-07				8192	8192
meta.llama4-maverick-17b-instruct-v1:0	bedrock_converse	2.4e-07	9.7e-07				1000000	8192
meta.llama4-scout-17b-instruct-v1:0	bedrock_converse	1.7e-07	6.6e-07				10000000	8192
meta/muse-spark-1.1	meta	1.25e-06	4.25e-06	1.5e-07			1048576	131072
meta/muse-spark-1.2	meta	1.25e-06	4.25e-06	1.5e-07			1048576	131072
meta/muse-spark-1.2-contributor	meta	1e-07	2e-07	2e-09			1048576	131072
meta/muse-spark-1.3	meta	1.25e-06	4.25e-06	1.5e-07			1048576	131072
meta/muse-spark-1.3-contributor	meta	1e-07	2e-07	2e-09			1048576	131072
meta/muse-wonder-1.0	meta	4e-06	2e-05	2e-07			1048576	131072
microsoft_365_copilot/chat	microsoft_365_copilot	0.0	0.0					
minimax.minimax-m2	bedrock_converse	3e-07	1.2e-06				1000000	8000
minimax.minimax-m2.1	bedrock_converse	3e-07	1.2e-06				196000	8000
minimax.minimax-m2.5	bedrock_converse	3e-07	1.2e-06				196000	8000
minimax/MiniMax-M2	minimax	3e-07	1.2e-06	3e-08	3.75e-07		200000	8192
minimax/MiniMax-M2.1	minimax	3e-07	1.2e-06	3e-08	3.75e-07		1000000	8192
minimax/MiniMax-M2.1-lightning	minimax	3e-07	2.4e-06	3e-08	3.75e-07		1000000	8192
minimax/MiniMax-M2.5	minimax	3e-07	1.2e-06	3e-08	3.75e-07		1000000	8192
minimax/MiniMax-M2.5-lightning	minimax	3e-07	2.4e-06	3e-08	3.75e-07		1000000	8192
minimax/MiniMax-M3	minimax	3e-07	1.2e-06	6e-08			1000000	128000
mistral.devstral-2-123b	bedrock_converse	4e-07	2e-06				256000	32000
mistral.magistral-small-2509	bedrock_converse	5e-07	1.5e-06				128000	40000
mistral.ministral-3-14b-instruct	bedrock_converse	2e-07	2e-07				128000	8000
mistral.ministral-3-3b-instruct	bedrock_converse	1e-07	1e-07				128000	8000
mistral.ministral-3-8b-instruct	bedrock_converse	1.5e-07	1.5e-07				128000	8000
mistral.mistral-7b-instruct-v0:2	bedrock	1.5e-07	2e-07				32000	4096
mistral.mistral-large-2402-v1:0	bedrock	4e-06	1.2e-05				32000	4096
mistral.mistral-large-2407-v1:0	bedrock	2e-06	6e-06				128000	8191
mistral.mistral-large-3-675b-instruct	bedrock_converse	5e-07	1.5e-06				256000	32000
mistral.mistral-small-2402-v1:0	bedrock	1e-06	3e-06				32000	4096
mistral.mixtral-8x7b-instruct-v0:1	bedrock	4.5e-07	7e-07				32000	4096
mistral.pixtral-large-2502-v1:0	bedrock_converse	2e-06	6e-06				128000	16384
mistral.voxtral-mini-3b-2507	bedrock_converse	4e-08	4e-08				32768	8192
mistral.voxtral-small-24b-2507	bedrock_converse	1e-07	3e-07				32768	8192
mistral/codestral-2508	mistral	3e-07	9e-07	3e-08			128000	128000
mistral/codestral-embed	mistral	1.5e-07		1.5e-08			8192	
mistral/codestral-embed-2505	mistral	1.5e-07		1.5e-08			8192	
mistral/codestral-latest	mistral	3e-07	9e-07	3e-08			128000	128000
mistral/codestral-mamba-latest	mistral	2.5e-07	2.5e-07	2.5e-08			256000	256000
mistral/deepseek-v4-1-flash-1017	mistral	3e-07	1.2e-06	7e-09			1048576	131072
mistral/devstral-latest	mistral	4e-07	2e-06	4e-08			256000	256000
mistral/devstral-medium-latest	mistral	4e-07	2e-06	4e-08			256000	256000
mistral/devstral-small-latest	mistral	1e-07	3e-07	1e-08			256000	256000
mistral/glm-5-2	mistral	1.4e-06	4.4e-06	1.4e-07			1048576	131072
mistral/labs-leanstral-1-5	mistral	0.0	0.0				262144	131072
mistral/labs-leanstral-1-5-1	mistral	0.0	0.0				262144	131072
mistral/magistral-medium-latest	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/magistral-small-latest	mistral	1.5e-07	6e-07	1.5e-08			262144	262144
mistral/ministral-14b-2512	mistral	2e-07	2e-07	2e-08			262144	262144
mistral/ministral-14b-latest	mistral	2e-07	2e-07	2e-08			262144	262144
mistral/ministral-3-14b-2512	mistral	2e-07	2e-07	2e-08			262144	262144
mistral/ministral-3-3b-2512	mistral	1e-07	1e-07	1e-08			131072	131072
mistral/ministral-3-8b-2512	mistral	1.5e-07	1.5e-07	1.5e-08			262144	262144
mistral/ministral-3b-2512	mistral	1e-07	1e-07	1e-08			131072	131072
mistral/ministral-3b-latest	mistral	1e-07	1e-07	1e-08			131072	131072
mistral/ministral-8b-2512	mistral	1.5e-07	1.5e-07	1.5e-08			262144	262144
mistral/ministral-8b-latest	mistral	1.5e-07	1.5e-07	1.5e-08			262144	262144
mistral/mistral-code-agent-latest	mistral	4e-07	2e-06	4e-08			256000	256000
mistral/mistral-code-fim-latest	mistral	3e-07	9e-07	3e-08			128000	128000
mistral/mistral-code-latest	mistral	3e-07	9e-07	3e-08			128000	128000
mistral/mistral-embed	mistral	1e-07					8192	
mistral/mistral-embed-2312	mistral	1e-07					8192	
mistral/mistral-large-2512	mistral	5e-07	1.5e-06	5e-08			262144	262144
mistral/mistral-large-3	mistral	5e-07	1.5e-06	5e-08			262144	262144
mistral/mistral-large-4	mistral	1.36e-06	4.18e-06	1.4e-07			1048576	1048576
mistral/mistral-large-4-0	mistral	1.36e-06	4.18e-06	1.4e-07			1048576	1048576
mistral/mistral-large-latest	mistral	5e-07	1.5e-06	5e-08			262144	262144
mistral/mistral-medium	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-medium-2604	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-medium-3	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-medium-3-5	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-medium-3.5	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-medium-latest	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-small	mistral	1e-07	3e-07	1e-08			32000	8191
mistral/mistral-small-2603	mistral	1.5e-07	6e-07	1.5e-08			262144	262144
mistral/mistral-small-latest	mistral	1.5e-07	6e-07	1.5e-08			262144	262144
mistral/mistral-tiny	mistral	2.5e-07	2.5e-07	2.5e-08			32000	8191
mistral/mistral-vibe-cli-fast	mistral	1.5e-07	6e-07	1.5e-08			262144	262144
mistral/mistral-vibe-cli-latest	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/mistral-vibe-cli-with-tools	mistral	1.5e-06	7.5e-06	1.5e-07			262144	262144
mistral/open-mistral-nemo	mistral	3e-07	3e-07	3e-08			128000	128000
mistral/pixtral-large-latest	mistral	2e-06	6e-06	2e-07			128000	128000
mistral/voxtral-small-2507	mistral	1e-07	4e-07	1e-08			32768	32768
mistral/voxtral-small-latest	mistral	1e-07	4e-07	1e-08			32768	32768
mistral/zai-glm-5	mistral	1.4e-06	4.4e-06	1.4e-07			1048576	131072
mistral/zai-glm-5-2	mistral	1.4e-06	4.4e-06	1.4e-07			1048576	131072
mistral/zai-glm-5-3	mistral	1.4e-06	4.4e-06	1.4e-07			1048576	131072
mistral/zai-glm-5-3-flash	mistral	1.5e-07	5e-07	3e-08			1048576	131072
mistral/zai-glm-latest	mistral	1.4e-06	4.4e-06	1.4e-07			1048576	131072
moonshot.kimi-k2-thinking	bedrock_converse	6e-07	2.5e-06				256000	16000
moonshot/kimi-k2.5	moonshot	6e-07	3e-06	1e-07			262144	262144
moonshot/kimi-k2.6	moonshot	9.5e-07	4e-06	1.6e-07			262144	262144
moonshot/kimi-k2.7-code	moonshot	9.5e-07	4e-06	1.9e-07			262144	262144
moonshot/kimi-k3	moonshot	3e-06	1.5e-05	3e-07	3e-06		1048576	1048576
moonshot/kimi-k3.1-pro	moonshot	2e-06	1e-05	2e-07	2e-06		1048576	1048576
moonshot/moonshot-v1-128k	moonshot	2e-06	5e-06				131072	131072
moonshot/moonshot-v1-128k-vision-preview	moonshot	2e-06	5e-06				131072	131072
moonshot/moonshot-v1-32k	moonshot	1e-06	3e-06				32768	32768
moonshot/moonshot-v1-32k-vision-preview	moonshot	1e-06	3e-06				32768	32768
moonshot/moonshot-v1-8k	moonshot	2e-07	2e-06				8192	8192
moonshot/moonshot-v1-8k-vision-preview	moonshot	2e-07	2e-06				8192	8192
moonshot/moonshot-v1-auto	moonshot	2e-06	5e-06				131072	131072
moonshotai.kimi-k2.5	bedrock_converse	6e-07	3e-06				256000	16000
moonshotai.kimi-k3	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	131072
morph/morph-dsv41flash	morph	1.2e-07	8e-07	8e-09			1048576	1048576
morph/morph-dsv41flash-1017	morph	1.2e-07	8e-07	8e-09			1048576	1048576
morph/morph-dsv41flash-abliterated	morph	3e-07	1.2e-06	3e-08			1048576	1048576
morph/morph-dsv4flash	morph	1.41953125e-07	3.99625e-07	3.59375e-08			1048576	1048576
morph/morph-glm53-744b	morph	1.19e-06	6e-06	1.955e-07			1048576	1048576
morph/morph-glm53flash	morph	2e-07	7e-07	4e-08			1048576	1048576
morph/morph-kimik3	morph	2.5e-06	1.4e-05	2.9e-07			1048576	1048576
morph/morph-kimik3-fast	morph	6e-06	2.25e-05	6e-07			1048576	1048576
morph/morph-v3-fast	morph	8e-07	1.2e-06				16000	16000
morph/morph-v3-large	morph	9e-07	1.9e-06				16000	16000
multimodalembedding	vertex_ai-embedding-models	8e-07	0				2048	
multimodalembedding@001	vertex_ai-embedding-models	8e-07	0				2048	
nebius/BAAI/bge-en-icl	nebius	1e-08	0.0				32768	
nebius/BAAI/bge-multilingual-gemma2	nebius	1e-08	0.0				8192	
nebius/MiniMaxAI/MiniMax-M2.5	nebius	3e-07	1.2e-06				196608	196608
nebius/MiniMaxAI/MiniMax-M3	nebius	3e-07	1.2e-06				1048576	1048576
nebius/NousResearch/Hermes-3-Llama-3.1-405B	nebius	1e-06	3e-06				128000	128000
nebius/NousResearch/Hermes-4-405B	nebius	1e-06	3e-06				131072	131072
nebius/NousResearch/Hermes-4-70B	nebius	1.3e-07	4e-07				131072	131072
nebius/Qwen/QwQ-32B	nebius	1.5e-07	4.5e-07				32768	32768
nebius/Qwen/Qwen2-VL-72B-Instruct	nebius	1.3e-07	4e-07				131072	131072
nebius/Qwen/Qwen2-VL-7B-Instruct	nebius	2e-08	6e-08				131072	131072
nebius/Qwen/Qwen2.5-32B-Instruct	nebius	6e-08	2e-07				128000	128000
nebius/Qwen/Qwen2.5-72B-Instruct	nebius	1.3e-07	4e-07				128000	128000
nebius/Qwen/Qwen2.5-Coder-7B	nebius	1e-08	3e-08				32768	32768
nebius/Qwen/Qwen2.5-VL-72B-Instruct	nebius	2.5e-07	7.5e-07				32000	32000
nebius/Qwen/Qwen3-14B	nebius	8e-08	2.4e-07				32768	32768
nebius/Qwen/Qwen3-235B-A22B	nebius	2e-07	6e-07				262144	262144
nebius/Qwen/Qwen3-235B-A22B-Instruct-2507	nebius	2e-07	6e-07				262144	262144
nebius/Qwen/Qwen3-30B-A3B	nebius	1e-07	3e-07				32768	32768
nebius/Qwen/Qwen3-30B-A3B-Instruct-2507	nebius	1e-07	3e-07				262144	262144
nebius/Qwen/Qwen3-32B	nebius	1e-07	3e-07				40960	40960
nebius/Qwen/Qwen3-4B	nebius	8e-08	2.4e-07				32768	32768
nebius/Qwen/Qwen3-Embedding-8B	nebius	1e-08	0.0				40960	
nebius/Qwen/Qwen3-Next-80B-A3B-Thinking	nebius	1.5e-07	1.2e-06				128000	128000
nebius/Qwen/Qwen3.5-397B-A17B	nebius	6e-07	3.6e-06				262144	262144
nebius/Qwen/Qwen3.8-27B	nebius	4.5e-07	3e-06				262144	
nebius/deepseek-ai/DeepSeek-R1	nebius	8e-07	2.4e-06				128000	128000
nebius/deepseek-ai/DeepSeek-R1-0528	nebius	8e-07	2.4e-06				164000	164000
nebius/deepseek-ai/DeepSeek-R1-Distill-Llama-70B	nebius	2.5e-07	7.5e-07				128000	128000
nebius/deepseek-ai/DeepSeek-V3	nebius	5e-07	1.5e-06				128000	128000
nebius/deepseek-ai/DeepSeek-V3-0324	nebius	5e-07	1.5e-06				128000	128000
nebius/deepseek-ai/DeepSeek-V4-Flash	nebius	1.4e-07	2.8e-07				1048576	1048576
nebius/deepseek-ai/DeepSeek-V4-Flash-0731	nebius	1.4e-07	2.8e-07				1024000	1024000
nebius/deepseek-ai/DeepSeek-V4-Pro	nebius	1.75e-06	3.5e-06				1048576	1048576
nebius/deepseek-ai/DeepSeek-V4-Pro-0813	nebius	1.32e-06	3.96e-06				979000	
nebius/deepseek-ai/DeepSeek-V4.1-Flash	nebius	3e-07	1.2e-06				1048000	384000
nebius/google/gemma-3-27b-it	nebius	1e-07	3e-07				110000	110000
nebius/intfloat/e5-mistral-7b-instruct	nebius	1e-08	0.0				32768	
nebius/meta-llama/Llama-3.3-70B-Instruct	nebius	1.3e-07	4e-07				131072	131072
nebius/meta-llama/Llama-Guard-3-8B	nebius	2e-08	6e-08				128000	128000
nebius/meta-llama/Meta-Llama-3.1-405B-Instruct	nebius	1e-06	3e-06				128000	128000
nebius/meta-llama/Meta-Llama-3.1-70B-Instruct	nebius	1.3e-07	4e-07				128000	128000
nebius/meta-llama/Meta-Llama-3.1-8B-Instruct	nebius	2e-08	6e-08				128000	128000
nebius/mistralai/Mistral-Nemo-Instruct-2407	nebius	4e-08	1.2e-07				128000	128000
nebius/moonshotai/Kimi-K2.6	nebius	9.5e-07	4e-06				262144	262144
nebius/moonshotai/Kimi-K2.7-Code	nebius	9.5e-07	4e-06				262144	262144
nebius/moonshotai/Kimi-K3	nebius	3e-06	1.5e-05				1024000	1024000
nebius/nvidia/Cosmos3-Super-Reasoner	nebius	1e-07	3e-07				262144	262144
nebius/nvidia/Llama-3.1-Nemotron-Ultra-253B-v1	nebius	6e-07	1.8e-06				128000	128000
nebius/nvidia/Llama-3.3-Nemotron-Super-49B-v1	nebius	1e-07	4e-07				131072	131072
nebius/nvidia/Llama-3_1-Nemotron-Ultra-253B-v1	nebius	6e-07	1.8e-06				131072	131072
nebius/nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B	nebius	6e-08	2.4e-07				262144	262144
nebius/nvidia/Nemotron-3-Nano-Omni	nebius	6e-08	2.4e-07				262144	262144
nebius/nvidia/Nemotron-3-Ultra-550b-a55b	nebius	1e-06	3e-06				1048576	1048576
nebius/nvidia/Nemotron-3_5-Lightning	nebius	6e-08	2.4e-07				1048576	1048576
nebius/nvidia/nemotron-3-super-120b-a12b	nebius	3e-07	9e-07				262144	262144
nebius/openai/gpt-oss-120b	nebius	1.5e-07	6e-07				131072	131072
nebius/openbmb/MiniCPM-V-4_5	nebius	6.58e-07	1.11e-06				32000	32000
nebius/reflection/beam	nebius	2.5e-07	1e-06				1048576	1048576
nebius/zai-org/GLM-5.1	nebius	1.4e-06	4.4e-06				202752	202752
nebius/zai-org/GLM-5.2	nebius	1.4e-06	4.4e-06				1048576	1048576
nebius/zai-org/GLM-5.3	nebius	1.4e-06	4.4e-06				1024000	1024000
nebius/zai-org/GLM-5.3-Flash	nebius	1.5e-07	5e-07				1024000	1024000
novita/Sao10K/L3-8B-Stheno-v3.2	novita	5e-08	5e-08				8192	32000
novita/baai/bge-m3	novita	1e-08	1e-08				8192	96000
novita/baichuan/baichuan-m2-32b	novita	7e-08	7e-08				131072	131072
novita/baidu/cobuddy	novita	2.8e-07	1.13e-06	7e-08			131072	65536
novita/baidu/ernie-4.5-21B-a3b	novita	7e-08	2.8e-07				120000	8000
novita/baidu/ernie-4.5-21B-a3b-thinking	novita	7e-08	2.8e-07				131072	65536
novita/baidu/ernie-4.5-300b-a47b-paddle	novita	2.8e-07	1.1e-06				123000	12000
novita/baidu/ernie-4.5-vl-28b-a3b	novita	1.4e-07	5.6e-07				30000	8000
novita/baidu/ernie-4.5-vl-28b-a3b-thinking	novita	3.9e-07	3.9e-07				131072	65536
novita/baidu/ernie-4.5-vl-424b-a47b	novita	4.2e-07	1.25e-06				123000	16000
novita/deepseek/deepseek-ocr	novita	3e-08	3e-08				8192	8192
novita/deepseek/deepseek-ocr-2	novita	3e-08	3e-08				8192	8192
novita/deepseek/deepseek-prover-v2-671b	novita	7e-07	2.5e-06				160000	160000
novita/deepseek/deepseek-r1	novita	4e-06	4e-06				64000	16000
novita/deepseek/deepseek-r1-0528	novita	7e-07	2.5e-06	3.5e-07			163840	32768
novita/deepseek/deepseek-r1-0528-qwen3-8b	novita	6e-08	9e-08				128000	32000
novita/deepseek/deepseek-r1-distill-llama-70b	novita	8e-07	8e-07				8192	8192
novita/deepseek/deepseek-r1-distill-qwen-14b	novita	1.5e-07	1.5e-07				32768	16384
novita/deepseek/deepseek-r1-distill-qwen-32b	novita	3e-07	3e-07				64000	32000
novita/deepseek/deepseek-r1-turbo	novita	7e-07	2.5e-06				64000	16000
novita/deepseek/deepseek-r1/community	novita	4e-06	4e-06				64000	8000
novita/deepseek/deepseek-v3-0324	novita	2.7e-07	1.12e-06	1.35e-07			163840	65536
novita/deepseek/deepseek-v3-turbo	novita	4e-07	1.3e-06				64000	16000
novita/deepseek/deepseek-v3.1	novita	2.7e-07	1e-06	1.35e-07			131072	32768
novita/deepseek/deepseek-v3.1-terminus	novita	2.7e-07	1e-06	1.35e-07			131072	32768
novita/deepseek/deepseek-v3.2	novita	2.69e-07	4e-07	1.345e-07			163840	65536
novita/deepseek/deepseek-v3.2-exp	novita	2.7e-07	4.1e-07				163840	65536
novita/deepseek/deepseek-v3/community	novita	8.900000000000001e-07	8.900000000000001e-07				64000	8000
novita/deepseek/deepseek-v4-flash	novita	1.4e-07	2.8e-07	2.8e-08			1048576	393216
novita/deepseek/deepseek-v4-flash-0731	novita	4.4e-07	1.32e-06	2.8e-08			1048576	393216
novita/deepseek/deepseek-v4-flash-vision-exp	novita	4.4e-07	1.32e-06	2.8e-08			1048576	393216
novita/deepseek/deepseek-v4-pro	novita	1.6000000000000001e-06	3.2000000000000003e-06	1.35e-07			1048576	393216
novita/deepseek/deepseek-v4-pro-0813	novita	1.32e-06	3.96e-06	1.3200000000000002e-07			1048576	393216
novita/deepseek/deepseek_v3	novita	8.900000000000001e-07	8.900000000000001e-07				64000	16000
novita/google/gemma-3-12b-it	novita	5e-08	1e-07				131072	8192
novita/google/gemma-3-27b-it	novita	1.19e-07	2e-07				98304	16384
novita/google/gemma-4-26b-a4b-it	novita	1.3e-07	4.0000000000000003e-07				262144	131072
novita/google/gemma-4-31b-it	novita	1.4e-07	4.0000000000000003e-07				262144	131072
novita/gryphe/mythomax-l2-13b	novita	9e-08	9e-08				4096	3200
novita/inclusionai/ling-3.0-flash	novita	6e-08	1.8e-07	1.2e-08			262144	32768
novita/inclusionai/ling-3.0-flash-fast	novita	6e-08	1.8e-07	1.2e-08			262144	32768
novita/kwaipilot/kat-coder-pro	novita	3e-07	1.2e-06	6e-08			256000	128000
novita/meta-llama/llama-3-70b-instruct	novita	5.1e-07	7.4e-07				8192	8000
novita/meta-llama/llama-3-8b-instruct	novita	4e-08	4e-08				8192	8192
novita/meta-llama/llama-3.1-8b-instruct	novita	2e-08	5e-08				16384	16384
novita/meta-llama/llama-3.2-1b-instruct	novita	2e-08	2e-08				131000	32000
novita/meta-llama/llama-3.2-3b-instruct	novita	3e-08	5e-08				32768	32000
novita/meta-llama/llama-3.3-70b-instruct	novita	1.35e-07	4e-07				12288	12288
novita/meta-llama/llama-4-maverick-17b-128e-instruct-fp8	novita	2.7e-07	8.5e-07				1048576	8192
novita/meta-llama/llama-4-scout-17b-16e-instruct	novita	1.8e-07	5.9e-07				131072	131072
novita/microsoft/wizardlm-2-8x22b	novita	6.2e-07	6.2e-07				65535	8000
novita/mindai/macaron-v1-tall	novita	4.5000000000000003e-07	2.6e-06	8e-08			262144	32768
novita/mindai/macaron-v1-venti	novita	1.5e-06	4.5e-06	3e-07			1048576	131072
novita/minimax/minimax-m2	novita	3e-07	1.2e-06	3e-08			204800	131072
novita/minimax/minimax-m2.1	novita	3e-07	1.2e-06	3e-08			204800	131072
novita/minimax/minimax-m2.5	novita	3e-07	1.2e-06	3e-08			204800	131100
novita/minimax/minimax-m2.5-highspeed	novita	6e-07	2.4e-06	3e-08			204800	131100
novita/minimax/minimax-m2.7	novita	3e-07	1.2e-06	6e-08			204800	131072
novita/minimax/minimax-m2.7-highspeed	novita	6e-07	2.4e-06	6e-08			204800	131072
novita/minimax/minimax-m3	novita	3e-07	1.2e-06	6e-08			1000000	131072
novita/minimaxai/minimax-m1-80k	novita	5.5e-07	2.2e-06				1000000	40000
novita/mistralai/mistral-nemo	novita	4e-08	1.7e-07				60288	16000
novita/moonshotai/kimi-k2-0905	novita	6e-07	2.5e-06				262144	100352
novita/moonshotai/kimi-k2-instruct	novita	5.7e-07	2.3e-06				131072	100352
novita/moonshotai/kimi-k2-thinking	novita	6e-07	2.5e-06	1.5e-07			262144	100352
novita/moonshotai/kimi-k2.5	novita	6e-07	3e-06	1.0000000000000001e-07			262144	262144
novita/moonshotai/kimi-k2.6	novita	8.000000000000001e-07	3.4e-06	1.6e-07			262144	262144
novita/moonshotai/kimi-k2.7-code	novita	9.499999999999999e-07	4e-06	1.9e-07			262144	262144
novita/moonshotai/kimi-k3	novita	3e-06	1.5e-05	3e-07			1048576	1048576
novita/nousresearch/hermes-2-pro-llama-3-8b	novita	1.4e-07	1.4e-07				8192	8192
novita/nvidia/nemotron-3-nano-30b-a3b	novita	5.0000000000000004e-08	2.0000000000000002e-07				262144	32768
novita/openai/gpt-oss-120b	novita	5e-08	2.5e-07				131072	32768
novita/openai/gpt-oss-20b	novita	4e-08	1.5e-07				131072	32768
novita/paddlepaddle/paddleocr-vl	novita	2e-08	2e-08				16384	16384
novita/qwen/qwen-2.5-72b-instruct	novita	3.8e-07	4e-07				32000	8192
novita/qwen/qwen-mt-plus	novita	2.5e-07	7.5e-07				16384	8192
novita/qwen/qwen2.5-7b-instruct	novita	7e-08	7e-08				32000	8192
novita/qwen/qwen2.5-vl-72b-instruct	novita	8e-07	8e-07				32768	32768
novita/qwen/qwen3-235b-a22b-fp8	novita	2e-07	8e-07				40960	20000
novita/qwen/qwen3-235b-a22b-instruct-2507	novita	9e-08	5.8e-07				131072	16384
novita/qwen/qwen3-235b-a22b-thinking-2507	novita	3e-07	3e-06				131072	32768
novita/qwen/qwen3-30b-a3b-fp8	novita	9e-08	4.5e-07				40960	20000
novita/qwen/qwen3-32b-fp8	novita	1e-07	4.5e-07				40960	20000
novita/qwen/qwen3-4b-fp8	novita	3e-08	3e-08				128000	8192
novita/qwen/qwen3-8b-fp8	novita	3.5e-08	1.38e-07				128000	20000
novita/qwen/qwen3-coder-30b-a3b-instruct	novita	7e-08	2.7e-07				160000	32768
novita/qwen/qwen3-coder-480b-a35b-instruct	novita	3.8e-07	1.55e-06				262144	65536
novita/qwen/qwen3-coder-next	novita	2.0000000000000002e-07	1.5e-06				262144	65536
novita/qwen/qwen3-embedding-0.6b	novita	7e-08	0				32768	32768
novita/qwen/qwen3-embedding-8b	novita	7e-08	0				32768	4096
novita/qwen/qwen3-max	novita	2.11e-06	8.45e-06				262144	65536
novita/qwen/qwen3-next-80b-a3b-instruct	novita	1.5e-07	1.5e-06				131072	32768
novita/qwen/qwen3-next-80b-a3b-thinking	novita	1.5e-07	1.5e-06				131072	32768
novita/qwen/qwen3-omni-30b-a3b-instruct	novita	2.5e-07	9.7e-07				65536	16384
novita/qwen/qwen3-omni-30b-a3b-thinking	novita	2.5e-07	9.7e-07				65536	16384
novita/qwen/qwen3-vl-235b-a22b-instruct	novita	3e-07	1.5e-06				131072	32768
novita/qwen/qwen3-vl-235b-a22b-thinking	novita	9.8e-07	3.95e-06				131072	32768
novita/qwen/qwen3-vl-30b-a3b-instruct	novita	2e-07	7e-07				131072	32768
novita/qwen/qwen3-vl-30b-a3b-thinking	novita	2e-07	1e-06				131072	32768
novita/qwen/qwen3-vl-8b-instruct	novita	8e-08	5e-07				131072	32768
novita/qwen/qwen3.5-122b-a10b	novita	4.0000000000000003e-07	3.2000000000000003e-06				262144	65536
novita/qwen/qwen3.5-27b	novita	3e-07	2.4e-06				262144	65536
novita/qwen/qwen3.5-35b-a3b	novita	2.5e-07	2e-06				262144	65536
novita/qwen/qwen3.5-397b-a17b	novita	6e-07	3.6000000000000003e-06				262144	65536
novita/qwen/qwen3.6-27b	novita	6e-07	3.6000000000000003e-06				262144	65536
novita/qwen/qwen3.6-35b-a3b	novita	2.48e-07	1.4850000000000002e-06				262144	65536
novita/qwen/qwen3.7-max	novita	1.25e-06	3.75e-06	2.5e-07			1000000	65536
novita/qwen/qwen3.8-max	novita	2e-06	6e-06	2.5e-07			1000000	131072
novita/sao10k/l3-70b-euryale-v2.1	novita	1.48e-06	1.48e-06				8192	8192
novita/sao10k/l3-8b-lunaris	novita	5e-08	5e-08				8192	8192
novita/sao10k/l31-70b-euryale-v2.2	novita	1.48e-06	1.48e-06				8192	8192
novita/skywork/r1v4-lite	novita	2e-07	6e-07				262144	65536
novita/stepfun/step-3.7-flash	novita	2.0000000000000002e-07	1.15e-06	4e-08			262144	256000
novita/tencent/hy3	novita	1.4e-07	5.8e-07	3.5e-08			262144	262144
novita/thudm/glm-4-32b-0414	novita	5.5e-07	1.66e-06				32000	32000
novita/xiaomimimo/mimo-v2-flash	novita	1.1e-07	3.3e-07	2.4e-08			262144	32000
novita/xiaomimimo/mimo-v2.5	novita	1.6800000000000002e-07	3.3600000000000004e-07	3.4e-09			1048576	131072
novita/xiaomimimo/mimo-v2.5-pro	novita	5.22e-07	1.044e-06	4.3e-09			1048576	131072
novita/zai-org/autoglm-phone-9b-multilingual	novita	3.5e-08	1.38e-07				65536	65536
novita/zai-org/glm-4.5	novita	6e-07	2.2e-06	1.1e-07			131072	98304
novita/zai-org/glm-4.5-air	novita	1.3e-07	8.5e-07	2.5e-08			131072	98304
novita/zai-org/glm-4.5v	novita	6e-07	1.8e-06	1.1e-07			65536	16384
novita/zai-org/glm-4.6	novita	5.5e-07	2.2e-06	1.1e-07			204800	131072
novita/zai-org/glm-4.6v	novita	3e-07	9e-07	5.5e-08			131072	32768
novita/zai-org/glm-4.7	novita	6e-07	2.2e-06	1.1e-07			204800	131072
novita/zai-org/glm-4.7-flash	novita	7e-08	4.0000000000000003e-07	1e-08			200000	128000
novita/zai-org/glm-4.7-h	novita	6e-07	2.2e-06	1.1e-07			204800	131072
novita/zai-org/glm-5	novita	1e-06	3.2000000000000003e-06	2.0000000000000002e-07			202800	131072
novita/zai-org/glm-5-turbo	novita	1.2e-06	4e-06	2.4e-07			202800	131072
novita/zai-org/glm-5.1	novita	1.38e-06	4.4e-06	2.6e-07			204800	131072
novita/zai-org/glm-5.2	novita	1.4e-06	4.4e-06	2.6e-07			1048576	131072
novita/zai-org/glm-5.3	novita	1.4e-06	4.4e-06	2.6e-07			1048576	131072
novita/zai-org/glm-5v-turbo	novita	1.2e-06	4e-06	2.4e-07			204800	131072
nscale/Qwen/QwQ-32B	nscale	1.8e-07	2e-07					
nscale/Qwen/Qwen2.5-Coder-32B-Instruct	nscale	6e-08	2e-07					
nscale/Qwen/Qwen2.5-Coder-3B-Instruct	nscale	1e-08	3e-08					
nscale/Qwen/Qwen2.5-Coder-7B-Instruct	nscale	1e-08	3e-08					
nscale/deepseek-ai/DeepSeek-R1-Distill-Llama-70B	nscale	3.75e-07	3.75e-07					
nscale/deepseek-ai/DeepSeek-R1-Distill-Llama-8B	nscale	2.5e-08	2.5e-08					
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B	nscale	9e-08	9e-08					
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B	nscale	7e-08	7e-08					
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B	nscale	1.5e-07	1.5e-07					
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B	nscale	2e-07	2e-07					
nscale/meta-llama/Llama-3.1-8B-Instruct	nscale	3e-08	3e-08					
nscale/meta-llama/Llama-3.3-70B-Instruct	nscale	2e-07	2e-07					
nscale/meta-llama/Llama-4-Scout-17B-16E-Instruct	nscale	9e-08	2.9e-07					
nscale/mistralai/mixtral-8x22b-instruct-v0.1	nscale	6e-07	6e-07					
nvidia.nemotron-nano-12b-v2	bedrock_converse	2e-07	6e-07				128000	8000
nvidia.nemotron-nano-3-30b	bedrock_converse	6e-08	2.4e-07				256000	8000
nvidia.nemotron-nano-9b-v2	bedrock_converse	6e-08	2.3e-07				128000	8000
nvidia.nemotron-super-3-120b	bedrock_converse	1.5e-07	6.5e-07				256000	32000
o1	openai	1.5e-05	6e-05	7.5e-06			200000	100000
o1-2024-12-17	openai	1.5e-05	6e-05	7.5e-06			200000	100000
o1-pro	openai	0.00015	0.0006				200000	100000
o1-pro-2025-03-19	openai	0.00015	0.0006				200000	100000
o3	openai	2e-06	8e-06	5e-07			200000	100000
o3-2025-04-16	openai	2e-06	8e-06	5e-07			200000	100000
o3-deep-research	openai	1e-05	4e-05	2.5e-06			200000	100000
o3-deep-research-2025-06-26	openai	1e-05	4e-05	2.5e-06			200000	100000
o3-mini	openai	1.1e-06	4.4e-06	5.5e-07			200000	100000
o3-mini-2025-01-31	openai	1.1e-06	4.4e-06	5.5e-07			200000	100000
o3-pro	openai	2e-05	8e-05				200000	100000
o3-pro-2025-06-10	openai	2e-05	8e-05				200000	100000
o4-mini	openai	1.1e-06	4.4e-06	2.75e-07			200000	100000
o4-mini-2025-04-16	openai	1.1e-06	4.4e-06	2.75e-07			200000	100000
o4-mini-deep-research	openai	2e-06	8e-06	5e-07			200000	100000
o4-mini-deep-research-2025-06-26	openai	2e-06	8e-06	5e-07			200000	100000
oci/cohere.command-a-03-2025	oci	1.56e-06	1.56e-06				256000	4000
oci/cohere.command-a-reasoning	oci	1.56e-06	1.56e-06				256000	8192
oci/cohere.command-a-reasoning-08-2025	oci	1.56e-06	1.56e-06				256000	4000
oci/cohere.command-a-translate-08-2025	oci	9e-08	9e-08				256000	4000
oci/cohere.command-a-vision	oci	1.56e-06	1.56e-06				256000	8192
oci/cohere.command-a-vision-07-2025	oci	1.56e-06	1.56e-06				128000	4000
oci/cohere.command-latest	oci	1.56e-06	1.56e-06				128000	4000
oci/cohere.command-plus-latest	oci	1.56e-06	1.56e-06				128000	4000
oci/cohere.command-r-08-2024	oci	1.5e-07	1.5e-07				128000	4000
oci/cohere.command-r-plus-08-2024	oci	1.56e-06	1.56e-06				128000	4000
oci/cohere.embed-english-image-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-english-light-image-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-english-light-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-english-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-multilingual-image-v3.0	oci	1e-07					512	
oci/cohere.embed-multilingual-light-image-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-multilingual-light-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-multilingual-v3.0	oci	1e-07	0.0				512	
oci/cohere.embed-v4.0	oci	1.2e-07	0.0				128000	
oci/google.gemini-2.5-flash	oci	1.5e-07	6e-07				1048576	65536
oci/google.gemini-2.5-flash-lite	oci	7.5e-08	3e-07				1048576	65536
oci/google.gemini-2.5-pro	oci	1.25e-06	1e-05				1048576	65536
oci/meta.llama-3.1-405b-instruct	oci	1.068e-05	1.068e-05				128000	4000
oci/meta.llama-3.1-70b-instruct	oci	7.2e-07	7.2e-07				128000	4000
oci/meta.llama-3.1-8b-instruct	oci	7.2e-07	7.2e-07				128000	4000
oci/meta.llama-3.2-11b-vision-instruct	oci	2e-06	2e-06				128000	4000
oci/meta.llama-3.2-90b-vision-instruct	oci	2e-06	2e-06				128000	4000
oci/meta.llama-3.3-70b-instruct	oci	7.2e-07	7.2e-07				128000	4000
oci/meta.llama-3.3-70b-instruct-fp8-dynamic	oci	7.2e-07	7.2e-07				128000	4000
oci/meta.llama-4-maverick-17b-128e-instruct-fp8	oci	7.2e-07	7.2e-07				1048576	8192
oci/meta.llama-4-scout-17b-16e-instruct	oci	7.2e-07	7.2e-07				10485760	8192
oci/openai.gpt-5	oci	1.25e-06	1e-05				272000	128000
oci/openai.gpt-5-mini	oci	2.5e-07	2e-06				272000	128000
oci/openai.gpt-5-nano	oci	5e-08	4e-07				272000	128000
oci/openai.gpt-oss-120b	oci	1.5e-07	6e-07				128000	128000
oci/openai.gpt-oss-20b	oci	7e-08	3e-07				128000	128000
oci/xai.grok-3	oci	3e-06	1.5e-05				131072	131072
oci/xai.grok-3-fast	oci	5e-06	2.5e-05				131072	131072
oci/xai.grok-3-mini	oci	3e-07	5e-07				131072	131072
oci/xai.grok-3-mini-fast	oci	6e-07	4e-06				131072	131072
oci/xai.grok-4	oci	3e-06	1.5e-05				128000	128000
oci/xai.grok-4-fast	oci	5e-06	2.5e-05				131072	131072
oci/xai.grok-4.1-fast	oci	5e-06	2.5e-05				131072	131072
oci/xai.grok-4.20	oci	3e-06	1.5e-05				131072	131072
oci/xai.grok-4.20-0309-non-reasoning	oci	1.25e-06	2.5e-06	2e-07			1000000	1000000
oci/xai.grok-4.20-0309-reasoning	oci	1.25e-06	2.5e-06	2e-07			1000000	1000000
oci/xai.grok-4.20-multi-agent	oci	3e-06	1.5e-05				131072	131072
oci/xai.grok-4.20-non-reasoning	oci	1.25e-06	2.5e-06	2e-07			1000000	1000000
oci/xai.grok-4.20-reasoning	oci	1.25e-06	2.5e-06	2e-07			1000000	1000000
oci/xai.grok-code-fast-1	oci	5e-06	2.5e-05				131072	131072
ollama/codegeex4	ollama	0.0	0.0				32768	8192
ollama/codegemma	ollama	0.0	0.0				8192	8192
ollama/codellama	ollama	0.0	0.0				4096	4096
ollama/deepseek-coder-v2-base	ollama	0.0	0.0				8192	8192
ollama/deepseek-coder-v2-instruct	ollama	0.0	0.0				32768	8192
ollama/deepseek-coder-v2-lite-base	ollama	0.0	0.0				8192	8192
ollama/deepseek-coder-v2-lite-instruct	ollama	0.0	0.0				32768	8192
ollama/deepseek-v3.1:671b-cloud	ollama	0.0	0.0				163840	163840
ollama/gpt-oss:120b-cloud	ollama	0.0	0.0				131072	131072
ollama/gpt-oss:20b-cloud	ollama	0.0	0.0				131072	131072
ollama/internlm2_5-20b-chat	ollama	0.0	0.0				32768	8192
ollama/llama2	ollama	0.0	0.0				4096	4096
ollama/llama2-uncensored	ollama	0.0	0.0				4096	4096
ollama/llama2:13b	ollama	0.0	0.0				4096	4096
ollama/llama2:70b	ollama	0.0	0.0				4096	4096
ollama/llama2:7b	ollama	0.0	0.0				4096	4096
ollama/llama3	ollama	0.0	0.0				8192	8192
ollama/llama3.1	ollama	0.0	0.0				8192	8192
ollama/llama3:70b	ollama	0.0	0.0				8192	8192
ollama/llama3:8b	ollama	0.0	0.0				8192	8192
ollama/mistral	ollama	0.0	0.0				8192	8192
ollama/mistral-7B-Instruct-v0.1	ollama	0.0	0.0				8192	8192
ollama/mistral-7B-Instruct-v0.2	ollama	0.0	0.0				32768	32768
ollama/mistral-large-instruct-2407	ollama	0.0	0.0				65536	8192
ollama/mixtral-8x22B-Instruct-v0.1	ollama	0.0	0.0				65536	65536
ollama/mixtral-8x7B-Instruct-v0.1	ollama	0.0	0.0				32768	32768
ollama/orca-mini	ollama	0.0	0.0				4096	4096
ollama/qwen3-coder:480b-cloud	ollama	0.0	0.0				262144	262144
ollama/vicuna	ollama	0.0	0.0				2048	2048
openai.gpt-6-luna	bedrock_converse	1e-07	5e-07	1e-08	1.25e-07		922000	128000
openai.gpt-6-sol	bedrock_converse	2e-06	1e-05	2e-07	2.5e-06		922000	128000
openai.gpt-oss-120b-1:0	bedrock_converse	1.5e-07	6e-07				128000	16384
openai.gpt-oss-20b-1:0	bedrock_converse	7e-08	3e-07				128000	16384
openai.gpt-oss-safeguard-120b	bedrock_converse	1.5e-07	6e-07				128000	16000
openai.gpt-oss-safeguard-20b	bedrock_converse	7e-08	2e-07				128000	16000
opencode_go/beam-free	opencode_go	0	0	0			1048576	131072
opencode_go/claude-haiku-5-5	opencode_go	1.0000000000000001e-07	5e-07	1e-08	1.25e-07		1000000	128000
opencode_go/deepseek-v4-pro	opencode_go	1.32e-06	3.96e-06	4.4e-08			1000000	384000
opencode_go/deepseek-v4.1-flash	opencode_go	3e-07	1.2e-06	6e-09			1000000	384000
opencode_go/gemini-4-argon	opencode_go	2e-06	1e-05	1e-07			1048576	65536
opencode_go/glm-5.2	opencode_go	1.4e-06	4.4e-06	2.6e-07			1000000	131072
opencode_go/glm-5.3	opencode_go	1.4e-06	4.4e-06	2.6e-07			1000000	131072
opencode_go/glm-5.3-flash	opencode_go	1.5e-07	5e-07	3e-08			1000000	131072
opencode_go/gpt-5.6-luna	opencode_go	2.0000000000000002e-07	1.2e-06	2e-08	2.5e-07		922000	128000
opencode_go/gpt-6-luna	opencode_go	1.0000000000000001e-07	5e-07	1e-08	1.25e-07		922000	128000
opencode_go/grok-4.7	opencode_go	2e-06	6e-06	5e-07			500000	500000
opencode_go/hy3	opencode_go	1.4e-07	5.8e-07	3.5e-08			192000	128000
opencode_go/hy4-preview	opencode_go	8.34e-07	2.501e-06	4.2000000000000006e-08			1024000	64000
opencode_go/kimi-k2.7-code	opencode_go	9.499999999999999e-07	4e-06	1.9e-07			262144	262144
opencode_go/kimi-k3	opencode_go	3e-06	1.5e-05	3e-07	3e-06		1048576	131072
opencode_go/kimi-k3.1-pro	opencode_go	2e-06	1e-05	2.0000000000000002e-07	2e-06		1048576	131072
opencode_go/longcat-2.0	opencode_go	3e-07	1.2e-06	6e-09			1000000	131072
opencode_go/longcat-2.5-preview-free	opencode_go	0	0	0			1000000	131072
opencode_go/mimo-v2.5	opencode_go	1.4e-07	2.8e-07	2.8e-09			1000000	128000
opencode_go/mimo-v2.5-pro	opencode_go	4.35e-07	8.7e-07	3.625e-09			1048576	128000
opencode_go/mimo-v2.6-flash	opencode_go	1.4e-07	2.8e-07	2.8e-09			1048576	131072
opencode_go/mimo-v2.6-pro	opencode_go	4.35e-07	8.7e-07	3.625e-09			1048576	131072
opencode_go/minimax-m3	opencode_go	3e-07	1.2e-06	6e-08			1000000	131072
opencode_go/minimax-m3.1-flash	opencode_go	1.5e-07	6e-07	1.5e-08			1000000	512000
opencode_go/muse-spark-1.2-contributor	opencode_go	1.0000000000000001e-07	2.0000000000000002e-07	2e-09			1048576	131072
opencode_go/muse-spark-1.3-contributor	opencode_go	1.0000000000000001e-07	2.0000000000000002e-07	2e-09			1048576	131072
opencode_go/qwen3.7-plus	opencode_go	4.0000000000000003e-07	1.6000000000000001e-06	4e-08	5e-07		1000000	65536
opencode_go/qwen3.8-flash	opencode_go	1.5e-07	4.6999999999999995e-07	1.6e-08	2.0000000000000002e-07		1000000	131072
opencode_go/qwen3.8-max	opencode_go	2e-06	6e-06	2.5e-07	2.5e-06		1000000	131072
opencode_go/step-5-preview	opencode_go	1e-06	2.7e-06	1.0000000000000001e-07			1000000	65536
openinfer/@oi/GLM-5.3-Flash	openinfer	1.95e-07	1.56e-06				393216	393216
openinfer/@oi/Qwen3.5-27B	openinfer	1.95e-07	1.56e-06				32768	32768
openinfer/@oi/Qwen3.5-9B	openinfer	5e-06	1.5e-07				100000	100000
ovhcloud/DeepSeek-R1-Distill-Llama-70B	ovhcloud	6.7e-07	6.7e-07				131000	131000
ovhcloud/Llama-3.1-8B-Instruct	ovhcloud	1e-07	1e-07				131000	131000
ovhcloud/Meta-Llama-3_1-70B-Instruct	ovhcloud	6.7e-07	6.7e-07				131000	131000
ovhcloud/Meta-Llama-3_3-70B-Instruct	ovhcloud	6.7e-07	6.7e-07				131000	131000
ovhcloud/Mistral-7B-Instruct-v0.3	ovhcloud	1e-07	1e-07				127000	127000
ovhcloud/Mistral-Nemo-Instruct-2407	ovhcloud	1.3e-07	1.3e-07				118000	118000
ovhcloud/Mistral-Small-3.2-24B-Instruct-2506	ovhcloud	9e-08	2.8e-07				128000	128000
ovhcloud/Mixtral-8x7B-Instruct-v0.1	ovhcloud	6.3e-07	6.3e-07				32000	32000
ovhcloud/Qwen2.5-Coder-32B-Instruct	ovhcloud	8.7e-07	8.7e-07				32000	32000
ovhcloud/Qwen2.5-VL-72B-Instruct	ovhcloud	9.1e-07	9.1e-07				32000	32000
ovhcloud/Qwen3-32B	ovhcloud	8e-08	2.3e-07				32000	32000
ovhcloud/gpt-oss-120b	ovhcloud	8e-08	4e-07				131000	131000
ovhcloud/gpt-oss-20b	ovhcloud	4e-08	1.5e-07				131000	131000
ovhcloud/llava-v1.6-mistral-7b-hf	ovhcloud	2.9e-07	2.9e-07				32000	32000
ovhcloud/mamba-codestral-7B-v0.1	ovhcloud	1.9e-07	1.9e-07				256000	256000
perplexity/anthropic/claude-fable-5	perplexity	1e-05	5e-05	1e-06				
perplexity/anthropic/claude-fable-5-1	perplexity	1e-05	5e-05	2.5e-07				
perplexity/anthropic/claude-haiku-4-5	perplexity	1e-06	5e-06	1e-07				
perplexity/anthropic/claude-haiku-5-5	perplexity	1e-07	5e-07	1e-08				
perplexity/anthropic/claude-opus-4-5	perplexity	5e-06	2.5e-05	5e-07				
perplexity/anthropic/claude-opus-4-6	perplexity	5e-06	2.5e-05	5e-07				
perplexity/anthropic/claude-opus-4-7	perplexity	5e-06	2.5e-05	5e-07				
perplexity/anthropic/claude-opus-4-8	perplexity	5e-06	2.5e-05	5e-07				
perplexity/anthropic/claude-opus-5	perplexity	5e-06	2.5e-05	5e-07				
perplexity/anthropic/claude-opus-5-5	perplexity	4e-06	2e-05	2e-07				
perplexity/anthropic/claude-sonnet-4-5	perplexity	3e-06	1.5e-05	3e-07				
perplexity/anthropic/claude-sonnet-4-6	perplexity	3e-06	1.5e-05	3e-07				
perplexity/anthropic/claude-sonnet-5	perplexity	2e-06	1e-05	2e-07				
perplexity/anthropic/claude-sonnet-5-5	perplexity	2e-06	1e-05	2e-07				
perplexity/codellama-34b-instruct	perplexity	3.5e-07	1.4e-06				16384	16384
perplexity/codellama-70b-instruct	perplexity	7e-07	2.8e-06				16384	16384
perplexity/google/gemini-3-flash-preview	perplexity	5e-07	3e-06	5e-08				
perplexity/google/gemini-3.1-flash-lite	perplexity	2.5e-07	1.5e-06	2.5e-08				
perplexity/google/gemini-3.1-pro-preview	perplexity	2e-06	1.2e-05	2e-07				
perplexity/google/gemini-3.5-flash	perplexity	1.5e-06	9e-06	1.5e-07				
perplexity/google/gemini-3.5-flash-lite	perplexity	3e-07	2.5e-06	3e-08				
perplexity/google/gemini-3.6-flash	perplexity	1.5e-06	7.5e-06	1.5e-07				
perplexity/google/gemini-3.7-flash	perplexity	7.5e-07	3.75e-06	7.5e-08				
perplexity/google/gemini-3.8-flash	perplexity	7.5e-07	3.75e-06	7.5e-08				
perplexity/llama-2-70b-chat	perplexity	7e-07	2.8e-06				4096	4096
perplexity/llama-3.1-70b-instruct	perplexity	1e-06	1e-06				131072	131072
perplexity/llama-3.1-8b-instruct	perplexity	2e-07	2e-07				131072	131072
perplexity/mistral-7b-instruct	perplexity	7e-08	2.8e-07				4096	4096
perplexity/mixtral-8x7b-instruct	perplexity	7e-08	2.8e-07				4096	4096
perplexity/openai/gpt-5	perplexity	1.25e-06	1e-05	1.25e-07				
perplexity/openai/gpt-5-mini	perplexity	2.5e-07	2e-06	2.5e-08				
perplexity/openai/gpt-5-nano	perplexity	5e-08	4e-07	5e-09				
perplexity/openai/gpt-5.1	perplexity	1.25e-06	1e-05	1.25e-07				
perplexity/openai/gpt-5.2	perplexity	1.75e-06	1.4e-05	1.75e-07				
perplexity/openai/gpt-5.3-codex	perplexity	3.5e-06	2.8e-05	3.5e-07				
perplexity/openai/gpt-5.4	perplexity	2.5e-06	1.5e-05	2.5e-07				
perplexity/openai/gpt-5.4-mini	perplexity	7.5e-07	4.5e-06	7.5e-08				
perplexity/openai/gpt-5.4-nano	perplexity	2e-07	1.25e-06	2e-08				
perplexity/openai/gpt-5.5	perplexity	5e-06	3e-05	5e-07				
perplexity/openai/gpt-5.6-luna	perplexity	2e-07	1.2e-06	2e-08				
perplexity/openai/gpt-5.6-sol	perplexity	4e-06	2e-05	4e-07				
perplexity/openai/gpt-5.6-terra	perplexity	2e-06	1.2e-05	2e-07				
perplexity/openai/gpt-6-astra	perplexity	1e-05	5e-05	1e-06	1.25e-05			
perplexity/openai/gpt-6-luna	perplexity	1e-07	5e-07	1e-08				
perplexity/openai/gpt-6-sol	perplexity	2e-06	1e-05	2e-07				
perplexity/openai/gpt-6.1-sol	perplexity	2e-06	1e-05	1e-07				
perplexity/perplexity/deepseek-v4-flash-0731	perplexity	1.3e-07	2.6e-07	2.8e-08				
perplexity/perplexity/deepseek-v4-pro-0813	perplexity	1.32e-06	3.96e-06	4.4e-08				
perplexity/perplexity/glm-5.2	perplexity	1.4e-06	4.4e-06	1.4e-07				
perplexity/perplexity/glm-5.3	perplexity	1.4e-06	4.4e-06	2.6e-07				
perplexity/perplexity/glm-5.3-flash	perplexity	1.5e-07	5e-07	3e-08				
perplexity/perplexity/kimi-k2.7-code	perplexity	9.5e-07	4e-06	1.9e-07				
perplexity/perplexity/kimi-k3	perplexity	3e-06	1.5e-05	3e-07				
perplexity/perplexity/nemotron-3-ultra-550b-a55b	perplexity	2.5e-07	2.5e-06	2.5e-07				
perplexity/perplexity/nemotron-3.5-lightning-30b-a3b	perplexity	1.15e-08	1.7e-07	1.15e-09				
perplexity/perplexity/sonar	perplexity	2.5e-07	2.5e-06	6.25e-08				
perplexity/pplx-70b-chat	perplexity	7e-07	2.8e-06				4096	4096
perplexity/pplx-70b-online	perplexity	0.0	2.8e-06				4096	4096
perplexity/pplx-7b-chat	perplexity	7e-08	2.8e-07				8192	8192
perplexity/pplx-7b-online	perplexity	0.0	2.8e-07				4096	4096
perplexity/pplx-embed-context-v1-0.6b	perplexity	8e-09	0.0				32768	
perplexity/pplx-embed-context-v1-4b	perplexity	5e-08	0.0				32768	
perplexity/pplx-embed-v1-0.6b	perplexity	4e-09	0.0				32768	
perplexity/pplx-embed-v1-4b	perplexity	3e-08	0.0				32768	
perplexity/sonar	perplexity	1e-06	1e-06				128000	128000
perplexity/sonar-deep-research	perplexity	2e-06	8e-06			3e-06	128000	128000
perplexity/sonar-medium-chat	perplexity	6e-07	1.8e-06				16384	16384
perplexity/sonar-medium-online	perplexity	0	1.8e-06				12000	12000
perplexity/sonar-pro	perplexity	3e-06	1.5e-05				200000	8000
perplexity/sonar-reasoning	perplexity	1e-06	5e-06				128000	128000
perplexity/sonar-reasoning-pro	perplexity	2e-06	8e-06				128000	128000
perplexity/sonar-small-chat	perplexity	7e-08	2.8e-07				16384	16384
perplexity/sonar-small-online	perplexity	0	2.8e-07				12000	12000
perplexity/xai/grok-4.20-multi-agent	perplexity	1.25e-06	2.5e-06	2e-07				
perplexity/xai/grok-4.20-non-reasoning	perplexity	1.25e-06	2.5e-06	2e-07				
perplexity/xai/grok-4.20-reasoning	perplexity	1.25e-06	2.5e-06	2e-07				
perplexity/xai/grok-4.3	perplexity	1.25e-06	2.5e-06	2e-07				
perplexity/xai/grok-4.5	perplexity	2e-06	6e-06	3e-07				
perplexity/xai/grok-4.6	perplexity	2e-06	6e-06	5e-07				
perplexity/xai/grok-4.7	perplexity	2e-06	6e-06	5e-07				
pinstripes/ps/deepseek-v4-flash	pinstripes	1e-07	2e-07				163840	163840
pinstripes/ps/glm-4.5-air	pinstripes	1.25e-07	4.5e-07				128000	128000
pinstripes/ps/minimax-m2.7	pinstripes	2.55e-07	5.5e-07				1000192	1000192
pinstripes/ps/qwen3-30b-a3b	pinstripes	9e-08	2e-07				131072	131072
pinstripes/ps/qwen3-coder-30b-a3b	pinstripes	3e-07	6e-07				131072	131072
pinstripes/ps/qwen3.6-35b-a3b	pinstripes	1.4e-07	4.5e-07				131072	131072
prism/deepseek-v4-flash	prism	1.7e-07	2.1e-07	7e-08			1000000	384000
prism/deepseek-v4.1-flash	prism	1.7e-07	6.3e-07	7e-08			1000000	384000
publicai/BSC-LT/ALIA-40b-instruct_Q8_0	publicai	0.0	0.0				8192	4096
publicai/BSC-LT/salamandra-7b-instruct-tools-16k	publicai	0.0	0.0				16384	4096
publicai/aisingapore/Gemma-SEA-LION-v4-27B-IT	publicai	0.0	0.0				8192	4096
publicai/aisingapore/Qwen-SEA-LION-v4-32B-IT	publicai	0.0	0.0				32768	4096
publicai/allenai/Olmo-3-32B-Think	publicai	0.0	0.0				32768	4096
publicai/allenai/Olmo-3-7B-Instruct	publicai	0.0	0.0				32768	4096
publicai/allenai/Olmo-3-7B-Think	publicai	0.0	0.0				32768	4096
publicai/swiss-ai/apertus-70b-instruct	publicai	0.0	0.0				8192	4096
publicai/swiss-ai/apertus-8b-instruct	publicai	0.0	0.0				8192	4096
qwen.qwen3-235b-a22b-2507-v1:0	bedrock_converse	2.2e-07	8.8e-07				262144	8192
qwen.qwen3-32b-v1:0	bedrock_converse	1.5e-07	6e-07				32768	8192
qwen.qwen3-coder-30b-a3b-v1:0	bedrock_converse	1.5e-07	6e-07				262144	16384
qwen.qwen3-coder-480b-a35b-v1:0	bedrock_converse	4.5e-07	1.8e-06				262144	16384
qwen.qwen3-coder-next	bedrock_converse	5e-07	1.2e-06				256000	16000
qwen.qwen3-next-80b-a3b	bedrock_converse	1.5e-07	1.2e-06				256000	8000
qwen.qwen3-vl-235b-a22b	bedrock_converse	5.3e-07	2.66e-06				256000	8000
qwen_ai_platform/deepseek-v4-flash	qwen_ai_platform	2e-07	4e-07	4e-08			1000000	393216
qwen_ai_platform/deepseek-v4-flash-0731	qwen_ai_platform	2e-07	4e-07	4e-08			1000000	393216
qwen_ai_platform/deepseek-v4-pro	qwen_ai_platform	2.4e-06	4.8e-06	2e-07			1000000	393216
qwen_ai_platform/glm-5.1	qwen_ai_platform	1.4e-06	4.4e-06	2.6e-07			202745	131072
qwen_ai_platform/glm-5.2	qwen_ai_platform	1.4e-06	4.4e-06	2.8e-07			1048576	131072
qwen_ai_platform/kimi-k2.7-code	qwen_ai_platform	9.5e-07	4e-06	1.9e-07			229376	16384
qwen_ai_platform/qwen-coder	qwen_ai_platform	3e-07	1.5e-06				1000000	16384
qwen_ai_platform/qwen-max	qwen_ai_platform	1.6e-06	6.4e-06				30720	8192
qwen_ai_platform/qwen-plus	qwen_ai_platform	4e-07	1.2e-06				129024	16384
qwen_ai_platform/qwen-plus-2025-01-25	qwen_ai_platform	4e-07	1.2e-06				129024	8192
qwen_ai_platform/qwen-plus-2025-04-28	qwen_ai_platform	4e-07	1.2e-06			4e-06	129024	16384
qwen_ai_platform/qwen-plus-2025-07-14	qwen_ai_platform	4e-07	1.2e-06			4e-06	129024	16384
qwen_ai_platform/qwen-turbo	qwen_ai_platform	5e-08	2e-07			5e-07	129024	16384
qwen_ai_platform/qwen-turbo-2024-11-01	qwen_ai_platform	5e-08	2e-07				1000000	8192
qwen_ai_platform/qwen-turbo-2025-04-28	qwen_ai_platform	5e-08	2e-07			5e-07	1000000	16384
qwen_ai_platform/qwen-turbo-latest	qwen_ai_platform	5e-08	2e-07			5e-07	1000000	16384
qwen_ai_platform/qwen3-next-80b-a3b-instruct	qwen_ai_platform	1.5e-07	1.2e-06				262144	65536
qwen_ai_platform/qwen3-next-80b-a3b-thinking	qwen_ai_platform	1.5e-07	1.2e-06				262144	65536
qwen_ai_platform/qwen3-vl-235b-a22b-instruct	qwen_ai_platform	4e-07	1.6e-06				131072	32768
qwen_ai_platform/qwen3-vl-235b-a22b-thinking	qwen_ai_platform	4e-07	4e-06				131072	32768
qwen_ai_platform/qwen3-vl-32b-instruct	qwen_ai_platform	1.6e-07	6.4e-07				131072	32768
qwen_ai_platform/qwen3-vl-32b-thinking	qwen_ai_platform	1.6e-07	2.87e-06				131072	32768
qwen_ai_platform/qwen3.7-max	qwen_ai_platform	2.5e-06	7.5e-06	5e-07	3.125e-06		991808	65536
qwen_ai_platform/qwen3.8-flash	qwen_ai_platform	1.5e-07	4.7e-07	1.6e-08	2e-07		991808	131072
qwen_ai_platform/qwen3.8-max	qwen_ai_platform	2e-06	6e-06	2.5e-07			991808	131072
qwen_ai_platform/qwen3.8-omni-flash	qwen_ai_platform	1.5e-07	4.7e-07	1.6e-08			991808	131072
qwen_ai_platform/qwq-plus	qwen_ai_platform	8e-07	2.4e-06				98304	8192
qwencloud/deepseek-v4-flash	qwencloud	2e-07	4e-07	4e-08			1000000	393216
qwencloud/deepseek-v4-flash-0731	qwencloud	2e-07	4e-07	4e-08			1000000	393216
qwencloud/deepseek-v4-pro	qwencloud	2.4e-06	4.8e-06	2e-07			1000000	393216
qwencloud/glm-5.1	qwencloud	1.4e-06	4.4e-06	2.6e-07			202745	131072
qwencloud/glm-5.2	qwencloud	1.4e-06	4.4e-06	2.8e-07			1048576	131072
qwencloud/kimi-k2.7-code	qwencloud	9.5e-07	4e-06	1.9e-07			229376	16384
qwencloud/qwen-coder	qwencloud	3e-07	1.5e-06				1000000	16384
qwencloud/qwen-max	qwencloud	1.6e-06	6.4e-06				30720	8192
qwencloud/qwen-plus	qwencloud	4e-07	1.2e-06				129024	16384
qwencloud/qwen-plus-2025-01-25	qwencloud	4e-07	1.2e-06				129024	8192
qwencloud/qwen-plus-2025-04-28	qwencloud	4e-07	1.2e-06			4e-06	129024	16384
qwencloud/qwen-plus-2025-07-14	qwencloud	4e-07	1.2e-06			4e-06	129024	16384
qwencloud/qwen-turbo	qwencloud	5e-08	2e-07			5e-07	129024	16384
qwencloud/qwen-turbo-2024-11-01	qwencloud	5e-08	2e-07				1000000	8192
qwencloud/qwen-turbo-2025-04-28	qwencloud	5e-08	2e-07			5e-07	1000000	16384
qwencloud/qwen-turbo-latest	qwencloud	5e-08	2e-07			5e-07	1000000	16384
qwencloud/qwen3-next-80b-a3b-instruct	qwencloud	1.5e-07	1.2e-06				262144	65536
qwencloud/qwen3-next-80b-a3b-thinking	qwencloud	1.5e-07	1.2e-06				262144	65536
qwencloud/qwen3-vl-235b-a22b-instruct	qwencloud	4e-07	1.6e-06				131072	32768
qwencloud/qwen3-vl-235b-a22b-thinking	qwencloud	4e-07	4e-06				131072	32768
qwencloud/qwen3-vl-32b-instruct	qwencloud	1.6e-07	6.4e-07				131072	32768
qwencloud/qwen3-vl-32b-thinking	qwencloud	1.6e-07	2.87e-06				131072	32768
qwencloud/qwen3.7-max	qwencloud	2.5e-06	7.5e-06	5e-07	3.125e-06		991808	65536
qwencloud/qwen3.8-max	qwencloud	2e-06	6e-06	2.5e-07			991808	131072
qwencloud/qwq-plus	qwencloud	8e-07	2.4e-06				98304	8192
refuseless/deepseek-v4.1-flash-abliterated	refuseless	1.4e-07	5e-07	3.5e-08			1048576	130000
refuseless/deepseek-v4.1-flash-fast	refuseless	5e-08	1.5e-07	3e-09			1048576	262144
refuseless/glm-5.3-abliterated	refuseless	1e-06	2e-06	1.5e-07			1048576	131072
refuseless/glm-5.3-flash-abliterated	refuseless	1.2e-07	5e-07	4e-08			1048576	131072
refuseless/minimax-m3.1-flash	refuseless	5e-08	2.5e-07	2e-09			1048576	512000
replicate/anthropic/claude-3.5-haiku	replicate	1e-06	5e-06					
replicate/anthropic/claude-3.5-sonnet	replicate	3.75e-06	1.875e-05					
replicate/anthropic/claude-3.7-sonnet	replicate	3e-06	1.5e-05					
replicate/anthropic/claude-4-sonnet	replicate	3e-06	1.5e-05					
replicate/anthropic/claude-4.5-haiku	replicate	1e-06	5e-06					
replicate/anthropic/claude-4.5-sonnet	replicate	3e-06	1.5e-05					
replicate/deepseek-ai/deepseek-r1	replicate	3.75e-06	1e-05			1e-05	65536	8192
replicate/deepseek-ai/deepseek-v3	replicate	1.45e-06	1.45e-06				65536	8192
replicate/deepseek-ai/deepseek-v3.1	replicate	6.72e-07	2.016e-06				163840	163840
replicate/google/gemini-2.5-flash	replicate	3e-07	2.5e-06					
replicate/google/gemini-3-pro	replicate	2e-06	1.2e-05					
replicate/ibm-granite/granite-3.3-8b-instruct	replicate	3e-08	2.5e-07					
replicate/meta/llama-2-13b	replicate	1e-07	5e-07				4096	4096
replicate/meta/llama-2-13b-chat	replicate	1e-07	5e-07				4096	4096
replicate/meta/llama-2-70b	replicate	6.5e-07	2.75e-06				4096	4096
replicate/meta/llama-2-70b-chat	replicate	6.5e-07	2.75e-06				4096	4096
replicate/meta/llama-2-7b	replicate	5e-08	2.5e-07				4096	4096
replicate/meta/llama-2-7b-chat	replicate	5e-08	2.5e-07				4096	4096
replicate/meta/llama-3-70b	replicate	6.5e-07	2.75e-06				8192	8192
replicate/meta/llama-3-70b-instruct	replicate	6.5e-07	2.75e-06				8192	8192
replicate/meta/llama-3-8b	replicate	5e-08	2.5e-07				8086	8086
replicate/meta/llama-3-8b-instruct	replicate	5e-08	2.5e-07				8086	8086
replicate/mistralai/mistral-7b-instruct-v0.2	replicate	5e-08	2.5e-07				4096	4096
replicate/mistralai/mistral-7b-v0.1	replicate	5e-08	2.5e-07				4096	4096
replicate/mistralai/mixtral-8x7b-instruct-v0.1	replicate	3e-07	1e-06				4096	4096
replicate/openai/gpt-4.1	replicate	2e-06	8e-06					
replicate/openai/gpt-4.1-mini	replicate	4e-07	1.6e-06					
replicate/openai/gpt-4.1-nano	replicate	1e-07	4e-07					
replicate/openai/gpt-4o	replicate	2.5e-06	1e-05					
replicate/openai/gpt-4o-mini	replicate	1.5e-07	6e-07					
replicate/openai/gpt-5	replicate	1.25e-06	1e-05					
replicate/openai/gpt-5-mini	replicate	2.5e-07	2e-06					
replicate/openai/gpt-5-nano	replicate	5e-08	4e-07					
replicate/openai/gpt-oss-120b	replicate	1.8e-07	7.2e-07					
replicate/openai/gpt-oss-20b	replicate	9e-08	3.6e-07					
replicate/openai/o1	replicate	1.5e-05	6e-05			6e-05		
replicate/openai/o1-mini	replicate	1.1e-06	4.4e-06			4.4e-06		
replicate/openai/o4-mini	replicate	1e-06	4e-06			4e-06		
replicate/qwen/qwen3-235b-a22b-instruct-2507	replicate	2.64e-07	1.06e-06					
replicate/xai/grok-4	replicate	7.2e-06	3.6e-05					
sagemaker/meta-textgeneration-llama-2-13b	sagemaker	0.0	0.0				4096	4096
sagemaker/meta-textgeneration-llama-2-13b-f	sagemaker	0.0	0.0				4096	4096
sagemaker/meta-textgeneration-llama-2-70b	sagemaker	0.0	0.0				4096	4096
sagemaker/meta-textgeneration-llama-2-70b-b-f	sagemaker	0.0	0.0				4096	4096
sagemaker/meta-textgeneration-llama-2-7b	sagemaker	0.0	0.0				4096	4096
sagemaker/meta-textgeneration-llama-2-7b-f	sagemaker	0.0	0.0				4096	4096
sail/Qwen/Qwen3.6-35B-A3B	sail	5e-08	4e-07	2e-08			262144	262144
sail/deepseek-ai/DeepSeek-V4-Flash-0731	sail	9e-08	1.8e-07	2e-08			1048576	1048576
sail/deepseek-ai/DeepSeek-V4-Pro-0813	sail	9.2e-07	2.77e-06	4e-08			1048576	1048576
sail/deepseek-ai/DeepSeek-V4.1-Flash	sail	9e-08	3e-07	6e-09			1048576	1048576
sail/google/gemma-4-12B-it	sail	3e-07	2e-06	1.5e-07			16384	16384
sail/google/gemma-4-31B-it	sail	4e-07	6e-07	2e-07			256000	256000
sail/moonshotai/Kimi-K2.6	sail	1e-06	4e-06	2e-07			262144	262144
sail/moonshotai/Kimi-K3	sail	2.5e-06	1.25e-05	2.5e-07			1048576	1048576
sail/nvidia/Gemma-4-31B-IT-NVFP4	sail	1.4e-07	4e-07	7e-08			262144	262144
sail/openai/gpt-oss-120b	sail	6e-08	4e-07	3e-08			131072	131072
sail/zai-org/GLM-5.3	sail	9.8e-07	3.08e-06	1.8e-07			1048576	1048576
sail/zai-org/GLM-5.3-Flash	sail	1.1e-07	3.5e-07	2e-08			1048576	1048576
sambanova/DeepSeek-R1	sambanova	5e-06	7e-06				32768	32768
sambanova/DeepSeek-V3.1	sambanova	3e-06	4.5e-06				131072	131072
sambanova/DeepSeek-V3.2	sambanova	3e-06	4.5e-06				32768	32768
sambanova/Llama-4-Maverick-17B-128E-Instruct	sambanova	6.3e-07	1.8e-06				131072	131072
sambanova/Meta-Llama-3.3-70B-Instruct	sambanova	6e-07	1.2e-06				131072	131072
sambanova/MiniMax-M2.7	sambanova	6e-07	2.4e-06				196608	131072
sambanova/gemma-4-31B-it	sambanova	3.8e-07	1.15e-06				131072	131072
sambanova/gpt-oss-120b	sambanova	2.2e-07	5.9e-07				131072	131072
sarvam/sarvam-m	sarvam	0	0	0	0		8192	32000
scaledown/classify	scaledown	5e-08	0.0					
scaledown/compress	scaledown	5e-08	0.0					
scaledown/decisions	scaledown	5e-08	0.0					
scaledown/extract	scaledown	5e-08	0.0					
scaledown/summarize	scaledown	5e-08	0.0					
scaleway/BAAI/bge-multilingual-gemma2	scaleway	1e-07	0.0					
scaleway/deepseek-v4-flash-0731	scaleway	4e-07	8e-07	8e-08			256000	32768
scaleway/glm-5.2	scaleway	1.8e-06	5.5e-06				256000	16384
scaleway/google/gemma-4-26b-a4b-it	scaleway	2.5e-07	5e-07				256000	32768
scaleway/meta/llama-3.3-70b-instruct	scaleway	9e-07	9e-07				128000	16384
scaleway/mistralai/mistral-medium-3.5-128b	scaleway	1.5e-06	7.5e-06				256000	16384
scaleway/mistralai/mistral-small-3.2-24b-instruct-2506	scaleway	1.5e-07	3.5e-07				128000	32768
scaleway/mistralai/pixtral-12b-2409	scaleway	2e-07	2e-07				128000	4096
scaleway/openai/gpt-oss-120b	scaleway	1.5e-07	6e-07				128000	32768
scaleway/qwen/qwen3-235b-a22b-instruct-2507	scaleway	7.5e-07	2.25e-06				256000	16384
scaleway/qwen/qwen3-coder-30b-a3b-instruct	scaleway	2e-07	8e-07				128000	32768
scaleway/qwen/qwen3-embedding-8b	scaleway	1e-07	0.0					
scaleway/qwen/qwen3.5-397b-a17b	scaleway	6e-07	3.6e-06				256000	16384
scaleway/qwen/qwen3.6-35b-a3b	scaleway	2.5e-07	1.5e-06				256000	16384
scx-ai/DeepSeek-V4.1-flash	scx-ai	1.5e-07	6e-07	1e-08			1000000	375000
scx-ai/GLM-5.2	scx-ai	6.1e-07	1.98e-06	2.2e-07			1048576	131072
scx-ai/GLM-5.3	scx-ai	9.8e-07	3.08e-06	1.8e-07			1000000	128000
scx-ai/Kimi-K3	scx-ai	2.83e-06	1.413e-05	2.8e-07			1000000	1000000
scx-ai/Qwen3.8-Max	scx-ai	1.65e-06	4.99e-06	2.1e-07			1000000	131072
snowflake/claude-3-5-sonnet	snowflake	3e-06	1.5e-05	3e-07			200000	16384
snowflake/claude-3-7-sonnet	snowflake	3e-06	1.5e-05	3e-07			200000	16384
snowflake/claude-4-opus	snowflake	5e-06	2.5e-05	5e-07			200000	16384
snowflake/claude-4-sonnet	snowflake	3e-06	1.5e-05	3e-07			200000	16384
snowflake/claude-haiku-4-5	snowflake	1e-06	5e-06	1e-07			200000	16384
snowflake/claude-sonnet-4-5	snowflake	3e-06	1.5e-05	3e-07			200000	16384
snowflake/claude-sonnet-4-6	snowflake	3e-06	1.5e-05	3e-07			200000	16384
snowflake/deepseek-r1	snowflake	1.35e-06	5.4e-06				128000	16384
snowflake/llama3.1-405b	snowflake	1.2e-06	1.2e-06				128000	16384
snowflake/llama3.1-70b	snowflake	7.2e-07	7.2e-07				128000	16384
snowflake/llama3.1-8b	snowflake	2.4e-07	2.4e-07				128000	16384
snowflake/llama3.3-70b	snowflake	7.2e-07	7.2e-07				128000	16384
snowflake/llama4-maverick	snowflake	2.4e-07	9.7e-07				128000	16384
snowflake/mistral-large2	snowflake	2e-06	6e-06				128000	16384
snowflake/openai-gpt-4.1	snowflake	2e-06	8e-06	5e-07			300000	16384
snowflake/openai-gpt-5	snowflake	1.25e-06	1e-05	1.25e-07			300000	16384
snowflake/openai-gpt-5-mini	snowflake	3e-07	1.2e-06				1000000	16384
snowflake/openai-gpt-5-nano	snowflake	1.5e-07	6e-07				5000000	16384
snowflake/snowflake-arctic-embed-l-v2.0	snowflake	7e-08	0.0				8192	
snowflake/snowflake-arctic-embed-m-v2.0	snowflake	7e-08	0.0				8192	
snowflake/snowflake-llama-3.3-70b	snowflake	7.2e-07	7.2e-07				128000	16384
streamlake/DeepSeek-V3	streamlake	2.86e-07	1.143e-06	1.14e-07			56000	8000
streamlake/DeepSeek-V4-Pro-0813	streamlake	1.32e-06	3.96e-06	4.4e-08			1048566	384000
streamlake/GLM-5.3	streamlake	1.4e-06	4.4e-06	2.6e-07			1048576	128000
streamlake/GLM-5.3-Flash	streamlake	1.5e-07	5e-07	3e-08			1048576	128000
streamlake/Kimi-K2-Instruct-0905	streamlake	5.71e-07	2.286e-06	1.43e-07			224000	32000
streamlake/deepseek-r1	streamlake	5.71e-07	2.286e-06	2.29e-07			98304	16000
streamlake/deepseek-v3.1	streamlake	5.71e-07	1.714e-06	2.29e-07			98304	32000
streamlake/deepseek-v4-flash	streamlake	1.4e-07	2.8e-07	2.8e-08			1048576	384000
streamlake/deepseek-v4-flash-0731	streamlake	4.4e-07	1.32e-06	1.4e-08			1048576	384000
streamlake/deepseek-v4-pro	streamlake	1.74e-06	3.48e-06	1.45e-07			1048576	384000
streamlake/deepseek-v4.1-flash-1017	streamlake	3e-07	1.2e-06	6e-09			1048576	384000
streamlake/deepseek-v4.1-flash-260910	streamlake	3e-07	1.2e-06	6e-09			1048568	384000
streamlake/glm-5	streamlake	1e-06	3.2e-06	2e-07			202752	128000
streamlake/glm-5.1	streamlake	1.4e-06	4.4e-06	2.6e-07			202752	128000
streamlake/glm-5.2	streamlake	1.4e-06	4.4e-06	2.6e-07			1048566	128000
streamlake/kimi-k2.6	streamlake	9.5e-07	4e-06	1.6e-07			262144	256000
streamlake/kimi-k2.7-code	streamlake	9.5e-07	4e-06	1.9e-07			262144	32000
streamlake/mimo-v2.6-flash	streamlake	1.4e-07	2.8e-07	2.8e-09				
streamlake/mimo-v2.6-pro	streamlake	4.35e-07	8.7e-07	3.6e-09				
streamlake/minimax-m2.5	streamlake	3e-07	1.2e-06	3e-08	3.75e-07		196608	128000
streamlake/minimax-m3	streamlake	6e-07	2.4e-06	1.2e-07			1000000	512000
streamlake/qwen3.5-397b-a17b	streamlake	6e-07	3.6e-06	1.2e-07			258048	64000
streamlake/qwen3.6-27b	streamlake	6e-07	3.6e-06				229376	64000
streamlake/qwen3.6-35b-a3b	streamlake	3.75e-07	2.25e-06				229376	64000
streamlake/qwen3.8-2.4t-a95b	streamlake	2e-06	6e-06	2.5e-07	2.5e-06		983616	128000
streamlake/qwen3.8-27b	streamlake	5e-07	3e-06	1e-07	6.25e-07		983616	128000
tencent/deepseek-v4-flash	tencent	1.4e-07	2.8e-07	2.8e-09	0.0		1000000	384000
tencent/deepseek-v4-pro	tencent	1.74e-06	3.48e-06	1.45e-07	0.0		1000000	384000
tencent/deepseek-v4-pro-0813	tencent	1.32e-06	3.96e-06	4.4e-08	0.0		1000000	384000
tencent/deepseek-v4.1-flash	tencent	3e-07	1.2e-06	6e-09	0.0		1000000	384000
tencent/glm-5.2	tencent	1.4e-06	4.4e-06	2.6e-07	0.0		1000000	128000
tencent/glm-5.3	tencent	1.4e-06	4.4e-06	2.6e-07	0.0		1000000	128000
tencent/glm-5.3-flash	tencent	1.5e-07	5e-07	3e-08	0.0		1000000	128000
tencent/glm-5.3-flashx	tencent	3.7e-07	1.25e-06	7.5e-08	0.0		1000000	128000
tencent/kimi-k2.7-code	tencent	9.5e-07	4e-06	1.9e-07	0.0		256000	256000
tencent/kimi-k2.7-code-highspeed	tencent	1.9e-06	8e-06	3.8e-07	0.0		256000	256000
tencent/kimi-k2.8-preview	tencent	1e-06	4e-06	2.5e-07	0.0		1000000	1000000
tencent/kimi-k3	tencent	3e-06	1.5e-05	3e-07	0.0		1000000	1000000
tencent/minimax-m3	tencent	3e-07	1.2e-06	6e-08	0.0		1000000	
tensormesh/MiniMaxAI/MiniMax-M2.5	tensormesh	3e-07	1.2e-06	0			196608	196608
tensormesh/Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8	tensormesh	4.5e-07	1.8e-06	0			262144	262144
tensormesh/Qwen/Qwen3.5-397B-A17B-FP8	tensormesh	6e-07	3.6e-06	0			262144	262144
tensormesh/Qwen/Qwen3.6-27B-FP8	tensormesh	3.2e-07	3.2e-06	0			262144	262144
tensormesh/deepseek-ai/DeepSeek-V4-Flash	tensormesh	1.4e-07	2.8e-07	0			32768	32768
tensormesh/google/gemma-4-31B-it	tensormesh	1.4e-07	5.6e-07	0			32768	32768
tensormesh/lukealonso/GLM-5.1-NVFP4-MTP	tensormesh	1.4e-06	4.4e-06	0			202752	202752
tensormesh/moonshotai/Kimi-K2.6	tensormesh	9.6e-07	4e-06	0			32768	32768
tensormesh/openai/gpt-oss-120b	tensormesh	1.5e-07	6e-07	0			131072	131072
tensormesh/openai/gpt-oss-20b	tensormesh	7e-08	2.8e-07	0			131072	131072
text-completion-codestral/codestral-2405	text-completion-codestral	0.0	0.0				32000	8191
text-completion-codestral/codestral-latest	text-completion-codestral	0.0	0.0				32000	8191
text-completion-inception/mercury-edit-2	text-completion-inception	2.5e-07	7.5e-07	2.5e-08			32000	8192
text-embedding-004	vertex_ai-embedding-models	1e-07	0				2048	
text-embedding-005	vertex_ai-embedding-models	1e-07	0				2048	
text-embedding-3-large	openai	1.3e-07	0.0				8191	
text-embedding-3-small	openai	2e-08	0.0				8191	
text-embedding-ada-002	openai	1e-07	0.0				8191	
text-embedding-ada-002-v2	openai	1e-07	0.0				8191	
text-embedding-large-exp-03-07	vertex_ai-embedding-models	1e-07	0				8192	
text-embedding-preview-0409	vertex_ai-embedding-models	6.25e-09	0				3072	
text-multilingual-embedding-002	vertex_ai-embedding-models	1e-07	0				2048	
text-unicorn	vertex_ai-text-models	1e-05	2.8e-05				8192	1024
text-unicorn@001	vertex_ai-text-models	1e-05	2.8e-05				8192	1024
together-ai-21.1b-41b	together_ai	8e-07	8e-07					
together-ai-4.1b-8b	together_ai	2e-07	2e-07					
together-ai-41.1b-80b	together_ai	9e-07	9e-07					
together-ai-8.1b-21b	together_ai	3e-07	3e-07				1000	1000
together-ai-81.1b-110b	together_ai	1.8e-06	1.8e-06					
together-ai-embedding-151m-to-350m	together_ai	1.6e-08	0.0					
together-ai-embedding-up-to-150m	together_ai	8e-09	0.0					
together-ai-up-to-4b	together_ai	1e-07	1e-07					
together_ai/BAAI/bge-base-en-v1.5	together_ai	8e-09	0.0				512	
together_ai/MiniMaxAI/MiniMax-M2.7	together_ai	3e-07	1.2e-06	6e-08			196608	
together_ai/MiniMaxAI/MiniMax-M3	together_ai	3e-07	1.2e-06	6e-08			524288	524288
together_ai/MiniMaxAI/MiniMax-M3.1-Flash	together_ai	1.5e-07	6e-07	1.5e-08			1048576	1048576
together_ai/NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO	together_ai	6e-07	6e-07				32768	32768
together_ai/Prism-ML/Ternary-Bonsai-27B	together_ai	0.0	0.0				262144	262144
together_ai/Qwen/QwQ-32B	together_ai	1.2e-06	1.2e-06				131072	131072
together_ai/Qwen/Qwen2-1.5B-Instruct	together_ai	2e-08	2e-08				32768	32768
together_ai/Qwen/Qwen2-72B-Instruct	together_ai	9e-07	9e-07				32768	32768
together_ai/Qwen/Qwen2-VL-72B-Instruct	together_ai	1.2e-06	1.2e-06				32768	32768
together_ai/Qwen/Qwen2.5-14B-Instruct	together_ai	8e-07	8e-07				32768	32768
together_ai/Qwen/Qwen2.5-72B-Instruct	together_ai	1.2e-06	1.2e-06				32768	32768
together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo	together_ai	1.2e-06	1.2e-06				131072	131072
together_ai/Qwen/Qwen2.5-7B-Instruct-Turbo	together_ai	3e-07	3e-07				32768	
together_ai/Qwen/Qwen2.5-Coder-32B-Instruct	together_ai	8e-07	8e-07				16384	16384
together_ai/Qwen/Qwen2.5-VL-72B-Instruct	together_ai	1.95e-06	8e-06				32768	32768
together_ai/Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8	together_ai	2e-06	2e-06				262144	262144
together_ai/Qwen/Qwen3-Coder-Next-FP8	together_ai	5e-07	1.2e-06				262144	262144
together_ai/Qwen/Qwen3-Next-80B-A3B-Instruct	together_ai	1.5e-07	1.5e-06				262144	262144
together_ai/Qwen/Qwen3-Next-80B-A3B-Thinking	together_ai	1.5e-07	1.5e-06				262144	262144
together_ai/Qwen/Qwen3-VL-32B-Instruct	together_ai	5e-07	1.5e-06				262144	262144
together_ai/Qwen/Qwen3-VL-8B-Instruct	together_ai	1.8e-07	6.8e-07				262144	262144
together_ai/Qwen/Qwen3.5-397B-A17B	together_ai	6e-07	3.6e-06	3.5e-07			262144	262144
together_ai/Qwen/Qwen3.5-9B	together_ai	1.7e-07	2.5e-07				262144	262144
together_ai/Qwen/Qwen3.6-Plus	together_ai	5e-07	3e-06				1000000	1000000
together_ai/Qwen/Qwen3.7-Max	together_ai	1.5e-06	4.5e-06	3e-07			1000000	1000000
together_ai/Qwen/Qwen3.7-Plus	together_ai	3.2e-07	1.28e-06				1000000	1000000
together_ai/Qwen/Qwen3.8-2.4T-A95B	together_ai	2e-06	6e-06	2.5e-07			1010000	1010000
together_ai/Qwen/Qwen3.8-Flash	together_ai	1.5e-07	4.7e-07				1000000	1000000
together_ai/arcee-ai/trinity-mini	together_ai	4.5e-08	1.5e-07				128000	128000
together_ai/arize-ai/qwen-2-1.5b-instruct	together_ai	1e-07	1e-07				32768	32768
together_ai/deepseek-ai/DeepSeek-R1-0528	together_ai	3e-06	7e-06				163840	
together_ai/deepseek-ai/DeepSeek-R1-Distill-Llama-70B	together_ai	2e-06	2e-06				131072	131072
together_ai/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B	together_ai	1.8e-07	1.8e-07				131072	131072
together_ai/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B	together_ai	1.6e-06	1.6e-06				131072	131072
together_ai/deepseek-ai/DeepSeek-V3	together_ai	1.25e-06	1.25e-06				65536	8192
together_ai/deepseek-ai/DeepSeek-V3.1	together_ai	6e-07	1.7e-06				131072	131072
together_ai/deepseek-ai/DeepSeek-V4-Flash-0731	together_ai	1.4e-07	2.8e-07	3e-08			1048576	1048576
together_ai/deepseek-ai/DeepSeek-V4-Pro-0813	together_ai	1.32e-06	3.96e-06	1.3e-07			1048576	1048576
together_ai/deepseek-ai/DeepSeek-V4.1-Flash	together_ai	3e-07	1.2e-06	6e-09			1048576	1048576
together_ai/deepseek-ai/DeepSeek-V4.1-Flash-1017	together_ai	3e-07	1.2e-06	6e-09			1048576	1048576
together_ai/deepseek-ai/deepseek-coder-33b-instruct	together_ai	8e-07	8e-07				16384	16384
together_ai/google/gemma-2-27b-it	together_ai	8e-07	8e-07				8192	8192
together_ai/google/gemma-4-31B-it	together_ai	3.9e-07	9.7e-07				262144	262144
together_ai/meta-llama/Llama-3-8b-chat-hf	together_ai	2e-07	2e-07				8192	8192
together_ai/meta-llama/Llama-3.1-405B-Instruct	together_ai	3.5e-06	3.5e-06				4096	4096
together_ai/meta-llama/Llama-3.2-1B-Instruct	together_ai	6e-08	6e-08				131072	131072
together_ai/meta-llama/Llama-3.2-3B-Instruct	together_ai	6e-08	6e-08				131072	131072
together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo	together_ai	1.04e-06	1.04e-06				131072	131072
together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct	together_ai	1.8e-07	5.9e-07				1048576	1048576
together_ai/meta-llama/Meta-Llama-3-70B-Instruct-Turbo	together_ai	8.8e-07	8.8e-07				8192	8192
together_ai/meta-llama/Meta-Llama-3-8B-Instruct	together_ai	2e-07	2e-07				8192	8192
together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo	together_ai	8.8e-07	8.8e-07				131072	131072
together_ai/meta-llama/Meta-Llama-3.1-8B	together_ai	2e-07	2e-07				16384	16384
together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo	together_ai	1.8e-07	1.8e-07				131072	131072
together_ai/meta-models/Muse-Glimmer-30B	together_ai	3.5e-07	1.5e-06	4e-08			131072	131072
together_ai/meta-models/Muse-Spark-Open-816B-A42B	together_ai	1.25e-06	4.25e-06	1.5e-07			1048576	1048576
together_ai/mistralai/Ministral-3-14B-Instruct-2512	together_ai	2e-07	2e-07				262144	
together_ai/mistralai/Mistral-7B-Instruct-v0.1	together_ai	2e-07	2e-07				32768	32768
together_ai/mistralai/Mistral-7B-Instruct-v0.3	together_ai	2e-07	2e-07				32768	
together_ai/mistralai/Mistral-Small-24B-Instruct-2501	together_ai	1e-07	3e-07				32768	32768
together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1	together_ai	6e-07	6e-07				32768	32768
together_ai/moonshotai/Kimi-K2-Instruct	together_ai	1e-06	3e-06					
together_ai/moonshotai/Kimi-K2.5-fp4	together_ai	5e-07	2.8e-06				262144	
together_ai/moonshotai/Kimi-K2.6	together_ai	1.2e-06	4.5e-06	2e-07			262144	262144
together_ai/moonshotai/Kimi-K2.7-Code	together_ai	9.5e-07	4e-06	1.9e-07			262144	262144
together_ai/moonshotai/Kimi-K3	together_ai	3e-06	1.5e-05	3e-07			1048576	1048576
together_ai/nvidia/Llama-3.1-Nemotron-70B-Instruct-HF	together_ai	8.8e-07	8.8e-07				32768	32768
together_ai/nvidia/NVIDIA-Nemotron-3.5-Super-VL	together_ai	1.5e-07	5e-07	2e-08			262144	262144
together_ai/nvidia/NVIDIA-Nemotron-Nano-9B-v2	together_ai	6e-08	2.5e-07				131072	
together_ai/nvidia/nemotron-3-ultra-550b-a55b	together_ai	6e-07	3.6e-06	2e-07			512288	512288
together_ai/openai/gpt-oss-120b	together_ai	1.5e-07	6e-07				131072	131072
together_ai/openai/gpt-oss-20b	together_ai	5e-08	2e-07				131072	131072
together_ai/reflection/Beam-1.0-501B-A23B	together_ai	4e-07	1.2e-06	4e-08			1048576	1048576
together_ai/thinkingmachines/Inkling	together_ai	1e-06	4.05e-06	1.7e-07			524288	524288
together_ai/together/Tev1-4B-experimental	together_ai	4.2e-08	0.0				32768	
together_ai/zai-org/GLM-4.5-Air-FP8	together_ai	2e-07	1.1e-06				131072	131072
together_ai/zai-org/GLM-4.6	together_ai	6e-07	2.2e-06				202752	202752
together_ai/zai-org/GLM-4.7	together_ai	4.5e-07	2e-06				202752	202752
together_ai/zai-org/GLM-5	together_ai	1e-06	3.2e-06				202752	202752
together_ai/zai-org/GLM-5.1	together_ai	1.4e-06	4.4e-06	2.6e-07			202752	202752
together_ai/zai-org/GLM-5.2	together_ai	1.4e-06	4.4e-06	2.6e-07			1048575	128000
together_ai/zai-org/GLM-5.3	together_ai	1.4e-06	4.4e-06	2.6e-07			1048575	128000
together_ai/zai-org/GLM-5.3-Flash	together_ai	1.5e-07	5e-07	3e-08			1048575	128000
twelvelabs.marengo-embed-2-7-v1:0	bedrock		0.0				77	
twelvelabs.marengo-embed-3-0-v1:0	bedrock		0.0				500	
twelvelabs.pegasus-1-2-v1:0	bedrock		7.5e-06					
twelvelabs.pegasus-1-5-v1:0	bedrock		7.5e-06				261120	98304
us-gov.anthropic.claude-fable-5-1	bedrock_converse	1.2e-05	6e-05	3e-07	1.5e-05		1000000	128000
us-gov.anthropic.claude-haiku-5-5	bedrock_converse	1.2e-07	6e-07	1.2e-08	1.5e-07		1000000	128000
us-gov.anthropic.claude-opus-4-8	bedrock_converse	6e-06	3e-05	6e-07	7.5e-06		1000000	128000
us-gov.anthropic.claude-opus-5	bedrock_converse	6e-06	3e-05	6e-07	7.5e-06		1000000	128000
us-gov.anthropic.claude-opus-5-5	bedrock_converse	4.8e-06	2.4e-05	2.4e-07	6e-06		1000000	128000
us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3.6e-06	1.8e-05	3.6e-07	4.5e-06		200000	64000
us-gov.anthropic.claude-sonnet-5	bedrock_converse	2.4e-06	1.2e-05	2.4e-07	3e-06		1000000	128000
us-gov.anthropic.claude-sonnet-5-5	bedrock_converse	2.4e-06	1.2e-05	1.2e-07	3e-06		1000000	128000
us-gov.nvidia.nemotron-nano-12b-v2	bedrock_converse	2.4e-07	7.2e-07				128000	8192
us-gov.nvidia.nemotron-nano-3-30b	bedrock_converse	7.2e-08	2.88e-07				262144	8192
us-gov.nvidia.nemotron-nano-9b-v2	bedrock_converse	7.2e-08	2.76e-07				128000	8192
us-gov.nvidia.nemotron-super-3-120b	bedrock_converse	1.8e-07	7.8e-07				256000	32768
us-gov.openai.gpt-oss-120b-1:0	bedrock_converse	1.8e-07	7.2e-07				128000	16384
us-gov.openai.gpt-oss-20b-1:0	bedrock_converse	8.4e-08	3.6e-07				128000	16384
us-gov.xai.grok-4.6	bedrock_converse	2.64e-06	7.92e-06	6.6e-07			500000	500000
us.amazon.nova-2-lite-v1:0	bedrock_converse	3.3e-07	2.75e-06	8.25e-08			1000000	64000
us.amazon.nova-2-pro-preview-20251202-v1:0	bedrock_converse	1.375e-06	1.1e-05	3.4375e-07			1000000	64000
us.amazon.nova-lite-v1:0	bedrock_converse	6e-08	2.4e-07	1.5e-08			300000	10000
us.amazon.nova-micro-v1:0	bedrock_converse	3.5e-08	1.4e-07	8.75e-09			128000	10000
us.amazon.nova-pro-v1:0	bedrock_converse	8e-07	3.2e-06	2e-07			300000	10000
us.anthropic.claude-3-5-haiku-20241022-v1:0	bedrock	8e-07	4e-06	8e-08	1e-06		200000	8192
us.anthropic.claude-3-5-sonnet-20240620-v1:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	4096
us.anthropic.claude-3-5-sonnet-20241022-v2:0	bedrock	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
us.anthropic.claude-3-7-sonnet-20250219-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
us.anthropic.claude-3-opus-20240229-v1:0	bedrock	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	4096
us.anthropic.claude-fable-5	bedrock_converse	1.1e-05	5.5e-05	1.1e-06	1.375e-05		1000000	128000
us.anthropic.claude-fable-5-1	bedrock_converse	1.1e-05	5.5e-05	2.75e-07	1.375e-05		1000000	128000
us.anthropic.claude-haiku-4-5-20251001-v1:0	bedrock_converse	1.1e-06	5.5e-06	1.1e-07	1.375e-06		200000	64000
us.anthropic.claude-haiku-5-5	bedrock_converse	1.1e-07	5.5e-07	1.1e-08	1.375e-07		1000000	128000
us.anthropic.claude-mythos-5	bedrock_converse	1.1e-05	5.5e-05	1.1e-06	1.375e-05		1000000	128000
us.anthropic.claude-mythos-5-1	bedrock_converse	1.1e-05	5.5e-05	2.75e-07	1.375e-05		1000000	128000
us.anthropic.claude-mythos-preview	bedrock_converse	2.75e-05	0.0001375	2.75e-06	3.4375e-05		1000000	128000
us.anthropic.claude-opus-4-1-20250805-v1:0	bedrock_converse	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
us.anthropic.claude-opus-4-20250514-v1:0	bedrock_converse	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
us.anthropic.claude-opus-4-5-20251101-v1:0	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		200000	64000
us.anthropic.claude-opus-4-6-v1	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
us.anthropic.claude-opus-4-7	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
us.anthropic.claude-opus-4-8	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
us.anthropic.claude-opus-5	bedrock_converse	5.5e-06	2.75e-05	5.5e-07	6.875e-06		1000000	128000
us.anthropic.claude-opus-5-5	bedrock_converse	4.4e-06	2.2e-05	2.2e-07	5.5e-06		1000000	128000
us.anthropic.claude-sonnet-4-20250514-v1:0	bedrock_converse	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
us.anthropic.claude-sonnet-4-5-20250929-v1:0	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		200000	64000
us.anthropic.claude-sonnet-4-6	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	64000
us.anthropic.claude-sonnet-5	bedrock_converse	2.2e-06	1.1e-05	2.2e-07	2.75e-06		1000000	128000
us.anthropic.claude-sonnet-5-5	bedrock_converse	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	128000
us.cohere.embed-v4:0	bedrock	1.2e-07	0.0				128000	
us.deepseek.r1-v1:0	bedrock_converse	1.35e-06	5.4e-06				128000	8192
us.deepseek.v3.2	bedrock_converse	6.2e-07	1.85e-06				163840	163840
us.meta.llama3-1-405b-instruct-v1:0	bedrock	2.4e-06	2.4e-06				128000	4096
us.meta.llama3-1-70b-instruct-v1:0	bedrock	7.2e-07	7.2e-07				128000	4096
us.meta.llama3-1-8b-instruct-v1:0	bedrock	2.2e-07	2.2e-07				128000	4096
us.meta.llama3-2-11b-instruct-v1:0	bedrock	1.6e-07	1.6e-07				128000	4096
us.meta.llama3-2-1b-instruct-v1:0	bedrock	1e-07	1e-07				128000	4096
us.meta.llama3-2-3b-instruct-v1:0	bedrock	1.5e-07	1.5e-07				128000	4096
us.meta.llama3-2-90b-instruct-v1:0	bedrock	7.2e-07	7.2e-07				128000	4096
us.meta.llama3-3-70b-instruct-v1:0	bedrock_converse	7.2e-07	7.2e-07				128000	4096
us.meta.llama4-maverick-17b-instruct-v1:0	bedrock_converse	2.4e-07	9.7e-07				1000000	8192
us.meta.llama4-scout-17b-instruct-v1:0	bedrock_converse	1.7e-07	6.6e-07				10000000	8192
us.mistral.pixtral-large-2502-v1:0	bedrock_converse	2e-06	6e-06				128000	16384
us.moonshotai.kimi-k3	bedrock_converse	3.3e-06	1.65e-05	3.3e-07	4.125e-06		1000000	131072
us.openai.gpt-5.4	bedrock_converse	2.75e-06	1.65e-05	2.75e-07			922000	128000
us.openai.gpt-5.5	bedrock_converse	5.5e-06	3.3e-05	5.5e-07			922000	128000
us.openai.gpt-5.6-luna	bedrock_converse	2.2e-07	1.32e-06	2.2e-08	2.75e-07		922000	128000
us.openai.gpt-5.6-sol	bedrock_converse	4.4e-06	2.2e-05	4.4e-07	5.5e-06		922000	128000
us.openai.gpt-5.6-terra	bedrock_converse	2.2e-06	1.32e-05	2.2e-07	2.75e-06		922000	128000
us.openai.gpt-6-astra	bedrock_converse	1.1e-05	5.5e-05	1.1e-06	1.375e-05		922000	128000
us.openai.gpt-6-luna	bedrock_converse	1.1e-07	5.5e-07	1.1e-08	1.375e-07		922000	128000
us.openai.gpt-6-sol	bedrock_converse	2.2e-06	1.1e-05	2.2e-07	2.75e-06		922000	128000
us.openai.gpt-6.1-sol	bedrock_converse	2.2e-06	1.1e-05	1.1e-07	2.75e-06		1000000	131072
us.openai.gpt-6.1-terra	bedrock_converse	1.1e-06	5.5e-06	5.5e-08	1.375e-06		922000	128000
us.twelvelabs.marengo-embed-2-7-v1:0	bedrock		0.0				77	
us.twelvelabs.marengo-embed-3-0-v1:0	bedrock		0.0				500	
us.twelvelabs.pegasus-1-2-v1:0	bedrock		7.5e-06					
us.twelvelabs.pegasus-1-5-v1:0	bedrock		7.5e-06				261120	98304
us.writer.palmyra-x4-v1:0	bedrock_converse	2.5e-06	1e-05				128000	8192
us.writer.palmyra-x5-v1:0	bedrock_converse	6e-07	6e-06				128000	8192
us.xai.grok-4.6	bedrock_converse	2.2e-06	6.6e-06	5.5e-07			500000	500000
us.xai.grok-4.7	bedrock_converse	2.2e-06	6.6e-06	5.5e-07			524288	524288
us.zai.glm-5.3	bedrock_converse	1.848e-06	5.808e-06	3.432e-07	2.31e-06		1000000	128000
v0/v0-1.0-md	v0	3e-06	1.5e-05				128000	128000
v0/v0-1.5-lg	v0	1.5e-05	7.5e-05				512000	512000
v0/v0-1.5-md	v0	3e-06	1.5e-05				128000	128000
vercel_ai_gateway/alibaba/qwen-3-14b	vercel_ai_gateway	8e-08	2.4e-07				40960	16384
vercel_ai_gateway/alibaba/qwen-3-235b	vercel_ai_gateway	2e-07	6e-07				40960	16384
vercel_ai_gateway/alibaba/qwen-3-30b	vercel_ai_gateway	1e-07	3e-07				40960	16384
vercel_ai_gateway/alibaba/qwen-3-32b	vercel_ai_gateway	1e-07	3e-07				40960	16384
vercel_ai_gateway/alibaba/qwen3-coder	vercel_ai_gateway	4e-07	1.6e-06				262144	66536
vercel_ai_gateway/amazon/nova-lite	vercel_ai_gateway	6e-08	2.4e-07				300000	8192
vercel_ai_gateway/amazon/nova-micro	vercel_ai_gateway	3.5e-08	1.4e-07				128000	8192
vercel_ai_gateway/amazon/nova-pro	vercel_ai_gateway	8e-07	3.2e-06				300000	8192
vercel_ai_gateway/amazon/titan-embed-text-v2	vercel_ai_gateway	2e-08	0.0				0	0
vercel_ai_gateway/anthropic/claude-3-5-sonnet	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
vercel_ai_gateway/anthropic/claude-3-5-sonnet-20241022	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
vercel_ai_gateway/anthropic/claude-3-7-sonnet	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
vercel_ai_gateway/anthropic/claude-3-haiku	vercel_ai_gateway	2.5e-07	1.25e-06	3e-08	3e-07		200000	4096
vercel_ai_gateway/anthropic/claude-3-opus	vercel_ai_gateway	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	4096
vercel_ai_gateway/anthropic/claude-3.5-haiku	vercel_ai_gateway	8e-07	4e-06	8e-08	1e-06		200000	8192
vercel_ai_gateway/anthropic/claude-3.5-sonnet	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	8192
vercel_ai_gateway/anthropic/claude-3.7-sonnet	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
vercel_ai_gateway/anthropic/claude-4-opus	vercel_ai_gateway	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
vercel_ai_gateway/anthropic/claude-4-sonnet	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
vercel_ai_gateway/anthropic/claude-haiku-4.5	vercel_ai_gateway	1e-06	5e-06	1e-07	1.25e-06		200000	64000
vercel_ai_gateway/anthropic/claude-opus-4	vercel_ai_gateway	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
vercel_ai_gateway/anthropic/claude-opus-4.1	vercel_ai_gateway	1.5e-05	7.5e-05	1.5e-06	1.875e-05		200000	32000
vercel_ai_gateway/anthropic/claude-opus-4.5	vercel_ai_gateway	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
vercel_ai_gateway/anthropic/claude-opus-4.6	vercel_ai_gateway	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
vercel_ai_gateway/anthropic/claude-sonnet-4	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
vercel_ai_gateway/anthropic/claude-sonnet-4.5	vercel_ai_gateway	3e-06	1.5e-05	3e-07	3.75e-06		1000000	64000
vercel_ai_gateway/cohere/command-a	vercel_ai_gateway	2.5e-06	1e-05				256000	8000
vercel_ai_gateway/cohere/command-r	vercel_ai_gateway	1.5e-07	6e-07				128000	4096
vercel_ai_gateway/cohere/command-r-plus	vercel_ai_gateway	2.5e-06	1e-05				128000	4096
vercel_ai_gateway/cohere/embed-v4.0	vercel_ai_gateway	1.2e-07	0.0				0	0
vercel_ai_gateway/deepseek/deepseek-r1	vercel_ai_gateway	5.5e-07	2.19e-06				128000	8192
vercel_ai_gateway/deepseek/deepseek-r1-distill-llama-70b	vercel_ai_gateway	7.5e-07	9.9e-07				131072	131072
vercel_ai_gateway/deepseek/deepseek-v3	vercel_ai_gateway	9e-07	9e-07				128000	8192
vercel_ai_gateway/google/gemini-2.5-flash	vercel_ai_gateway	3e-07	2.5e-06	3e-08			1000000	65536
vercel_ai_gateway/google/gemini-2.5-pro	vercel_ai_gateway	1.25e-06	1e-05	1.25e-07			1048576	65536
vercel_ai_gateway/google/gemini-embedding-001	vercel_ai_gateway	1.5e-07	0.0				0	0
vercel_ai_gateway/google/gemma-2-9b	vercel_ai_gateway	2e-07	2e-07				8192	8192
vercel_ai_gateway/google/text-embedding-005	vercel_ai_gateway	2.5e-08	0.0				0	0
vercel_ai_gateway/google/text-multilingual-embedding-002	vercel_ai_gateway	2.5e-08	0.0				0	0
vercel_ai_gateway/inception/mercury-coder-small	vercel_ai_gateway	2.5e-07	1e-06				32000	16384
vercel_ai_gateway/meta/llama-3-70b	vercel_ai_gateway	5.9e-07	7.9e-07				8192	8192
vercel_ai_gateway/meta/llama-3-8b	vercel_ai_gateway	5e-08	8e-08				8192	8192
vercel_ai_gateway/meta/llama-3.1-70b	vercel_ai_gateway	7.2e-07	7.2e-07				128000	8192
vercel_ai_gateway/meta/llama-3.1-8b	vercel_ai_gateway	5e-08	8e-08				131000	131072
vercel_ai_gateway/meta/llama-3.2-11b	vercel_ai_gateway	1.6e-07	1.6e-07				128000	8192
vercel_ai_gateway/meta/llama-3.2-1b	vercel_ai_gateway	1e-07	1e-07				128000	8192
vercel_ai_gateway/meta/llama-3.2-3b	vercel_ai_gateway	1.5e-07	1.5e-07				128000	8192
vercel_ai_gateway/meta/llama-3.2-90b	vercel_ai_gateway	7.2e-07	7.2e-07				128000	8192
vercel_ai_gateway/meta/llama-3.3-70b	vercel_ai_gateway	7.2e-07	7.2e-07				128000	8192
vercel_ai_gateway/meta/llama-4-maverick	vercel_ai_gateway	2e-07	6e-07				131072	8192
vercel_ai_gateway/meta/llama-4-scout	vercel_ai_gateway	1e-07	3e-07				131072	8192
vercel_ai_gateway/mistral/codestral	vercel_ai_gateway	3e-07	9e-07				256000	4000
vercel_ai_gateway/mistral/codestral-embed	vercel_ai_gateway	1.5e-07	0.0				0	0
vercel_ai_gateway/mistral/devstral-small	vercel_ai_gateway	7e-08	2.8e-07				128000	128000
vercel_ai_gateway/mistral/magistral-medium	vercel_ai_gateway	2e-06	5e-06				128000	64000
vercel_ai_gateway/mistral/magistral-small	vercel_ai_gateway	5e-07	1.5e-06				128000	64000
vercel_ai_gateway/mistral/ministral-3b	vercel_ai_gateway	4e-08	4e-08				128000	4000
vercel_ai_gateway/mistral/ministral-8b	vercel_ai_gateway	1e-07	1e-07				128000	4000
vercel_ai_gateway/mistral/mistral-embed	vercel_ai_gateway	1e-07	0.0				0	0
vercel_ai_gateway/mistral/mistral-large	vercel_ai_gateway	2e-06	6e-06				32000	4000
vercel_ai_gateway/mistral/mistral-saba-24b	vercel_ai_gateway	7.9e-07	7.9e-07				32768	32768
vercel_ai_gateway/mistral/mistral-small	vercel_ai_gateway	1e-07	3e-07				32000	4000
vercel_ai_gateway/mistral/mixtral-8x22b-instruct	vercel_ai_gateway	1.2e-06	1.2e-06				65536	2048
vercel_ai_gateway/mistral/pixtral-12b	vercel_ai_gateway	1.5e-07	1.5e-07				128000	4000
vercel_ai_gateway/mistral/pixtral-large	vercel_ai_gateway	2e-06	6e-06				128000	4000
vercel_ai_gateway/moonshotai/kimi-k2	vercel_ai_gateway	5.5e-07	2.2e-06				131072	16384
vercel_ai_gateway/morph/morph-v3-fast	vercel_ai_gateway	8e-07	1.2e-06				32768	16384
vercel_ai_gateway/morph/morph-v3-large	vercel_ai_gateway	9e-07	1.9e-06				32768	16384
vercel_ai_gateway/openai/gpt-3.5-turbo	vercel_ai_gateway	5e-07	1.5e-06				16385	4096
vercel_ai_gateway/openai/gpt-3.5-turbo-instruct	vercel_ai_gateway	1.5e-06	2e-06				8192	4096
vercel_ai_gateway/openai/gpt-4-turbo	vercel_ai_gateway	1e-05	3e-05				128000	4096
vercel_ai_gateway/openai/gpt-4.1	vercel_ai_gateway	2e-06	8e-06	5e-07	0.0		1047576	32768
vercel_ai_gateway/openai/gpt-4.1-mini	vercel_ai_gateway	4e-07	1.6e-06	1e-07	0.0		1047576	32768
vercel_ai_gateway/openai/gpt-4.1-nano	vercel_ai_gateway	1e-07	4e-07	2.5e-08	0.0		1047576	32768
vercel_ai_gateway/openai/gpt-4o	vercel_ai_gateway	2.5e-06	1e-05	1.25e-06	0.0		128000	16384
vercel_ai_gateway/openai/gpt-4o-mini	vercel_ai_gateway	1.5e-07	6e-07	7.5e-08	0.0		128000	16384
vercel_ai_gateway/openai/o1	vercel_ai_gateway	1.5e-05	6e-05	7.5e-06	0.0		200000	100000
vercel_ai_gateway/openai/o3	vercel_ai_gateway	2e-06	8e-06	5e-07	0.0		200000	100000
vercel_ai_gateway/openai/o3-mini	vercel_ai_gateway	1.1e-06	4.4e-06	5.5e-07	0.0		200000	100000
vercel_ai_gateway/openai/o4-mini	vercel_ai_gateway	1.1e-06	4.4e-06	2.75e-07	0.0		200000	100000
vercel_ai_gateway/openai/text-embedding-3-large	vercel_ai_gateway	1.3e-07	0.0				0	0
vercel_ai_gateway/openai/text-embedding-3-small	vercel_ai_gateway	2e-08	0.0				0	0
vercel_ai_gateway/openai/text-embedding-ada-002	vercel_ai_gateway	1e-07	0.0				0	0
vercel_ai_gateway/perplexity/sonar	vercel_ai_gateway	1e-06	1e-06				127000	8000
vercel_ai_gateway/perplexity/sonar-pro	vercel_ai_gateway	3e-06	1.5e-05				200000	8000
vercel_ai_gateway/perplexity/sonar-reasoning	vercel_ai_gateway	1e-06	5e-06				127000	8000
vercel_ai_gateway/perplexity/sonar-reasoning-pro	vercel_ai_gateway	2e-06	8e-06				127000	8000
vercel_ai_gateway/vercel/v0-1.0-md	vercel_ai_gateway	3e-06	1.5e-05				128000	32000
vercel_ai_gateway/vercel/v0-1.5-md	vercel_ai_gateway	3e-06	1.5e-05				128000	32768
vercel_ai_gateway/xai/grok-2	vercel_ai_gateway	2e-06	1e-05				131072	4000
vercel_ai_gateway/xai/grok-2-vision	vercel_ai_gateway	2e-06	1e-05				32768	32768
vercel_ai_gateway/xai/grok-3	vercel_ai_gateway	3e-06	1.5e-05				131072	131072
vercel_ai_gateway/xai/grok-3-fast	vercel_ai_gateway	5e-06	2.5e-05				131072	131072
vercel_ai_gateway/xai/grok-3-mini	vercel_ai_gateway	3e-07	5e-07				131072	131072
vercel_ai_gateway/xai/grok-3-mini-fast	vercel_ai_gateway	6e-07	4e-06				131072	131072
vercel_ai_gateway/xai/grok-4	vercel_ai_gateway	3e-06	1.5e-05				256000	256000
vercel_ai_gateway/zai/glm-4.5	vercel_ai_gateway	6e-07	2.2e-06				131072	131072
vercel_ai_gateway/zai/glm-4.5-air	vercel_ai_gateway	2e-07	1.1e-06				128000	96000
vercel_ai_gateway/zai/glm-4.6	vercel_ai_gateway	4.5e-07	1.8e-06	1.1e-07			200000	200000
vertex_ai/claude-3-5-haiku	vertex_ai-anthropic_models	1e-06	5e-06				200000	8192
vertex_ai/claude-3-5-haiku@20241022	vertex_ai-anthropic_models	1e-06	5e-06				200000	8192
vertex_ai/claude-3-5-sonnet	vertex_ai-anthropic_models	3e-06	1.5e-05				200000	8192
vertex_ai/claude-3-5-sonnet@20240620	vertex_ai-anthropic_models	3e-06	1.5e-05				200000	8192
vertex_ai/claude-3-haiku	vertex_ai-anthropic_models	2.5e-07	1.25e-06				200000	4096
vertex_ai/claude-3-haiku@20240307	vertex_ai-anthropic_models	2.5e-07	1.25e-06				200000	4096
vertex_ai/claude-3-opus	vertex_ai-anthropic_models	1.5e-05	7.5e-05				200000	4096
vertex_ai/claude-3-opus@20240229	vertex_ai-anthropic_models	1.5e-05	7.5e-05				200000	4096
vertex_ai/claude-3-sonnet	vertex_ai-anthropic_models	3e-06	1.5e-05				200000	4096
vertex_ai/claude-3-sonnet@20240229	vertex_ai-anthropic_models	3e-06	1.5e-05				200000	4096
vertex_ai/claude-fable-5	vertex_ai-anthropic_models	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
vertex_ai/claude-fable-5-1	vertex_ai-anthropic_models	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
vertex_ai/claude-fable-5-1@default	vertex_ai-anthropic_models	1e-05	5e-05	2.5e-07	1.25e-05		1000000	128000
vertex_ai/claude-fable-5@default	vertex_ai-anthropic_models	1e-05	5e-05	1e-06	1.25e-05		1000000	128000
vertex_ai/claude-haiku-4-5	vertex_ai-anthropic_models	1e-06	5e-06	1e-07	1.25e-06		200000	64000
vertex_ai/claude-haiku-4-5@20251001	vertex_ai-anthropic_models	1e-06	5e-06	1e-07	1.25e-06		200000	64000
vertex_ai/claude-haiku-5-5	vertex_ai-anthropic_models	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
vertex_ai/claude-haiku-5-5@default	vertex_ai-anthropic_models	1e-07	5e-07	1e-08	1.25e-07		1000000	128000
vertex_ai/claude-opus-4-5	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
vertex_ai/claude-opus-4-5@20251101	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		200000	64000
vertex_ai/claude-opus-4-6	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-4-6@default	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-4-7	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-4-7@default	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-4-8	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-4-8@default	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-5	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-opus-5-5	vertex_ai-anthropic_models	4e-06	2e-05	2e-07	5e-06		1000000	128000
vertex_ai/claude-opus-5-5@default	vertex_ai-anthropic_models	4e-06	2e-05	2e-07	5e-06		1000000	128000
vertex_ai/claude-opus-5@default	vertex_ai-anthropic_models	5e-06	2.5e-05	5e-07	6.25e-06		1000000	128000
vertex_ai/claude-sonnet-4-5	vertex_ai-anthropic_models	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
vertex_ai/claude-sonnet-4-5@20250929	vertex_ai-anthropic_models	3e-06	1.5e-05	3e-07	3.75e-06		200000	64000
vertex_ai/claude-sonnet-4-6	vertex_ai-anthropic_models	3e-06	1.5e-05	3e-07	3.75e-06		1000000	64000
vertex_ai/claude-sonnet-4-6@default	vertex_ai-anthropic_models	3e-06	1.5e-05	3e-07	3.75e-06		1000000	64000
vertex_ai/claude-sonnet-5	vertex_ai-anthropic_models	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
vertex_ai/claude-sonnet-5-5	vertex_ai-anthropic_models	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
vertex_ai/claude-sonnet-5-5@default	vertex_ai-anthropic_models	2e-06	1e-05	1e-07	2.5e-06		1000000	128000
vertex_ai/claude-sonnet-5@default	vertex_ai-anthropic_models	2e-06	1e-05	2e-07	2.5e-06		1000000	128000
vertex_ai/codestral-2	vertex_ai-mistral_models	3e-07	9e-07				128000	128000
vertex_ai/codestral-2501	vertex_ai-mistral_models	2e-07	6e-07				128000	128000
vertex_ai/codestral-2@001	vertex_ai-mistral_models	3e-07	9e-07				128000	128000
vertex_ai/codestral@2405	vertex_ai-mistral_models	2e-07	6e-07				128000	128000
vertex_ai/codestral@latest	vertex_ai-mistral_models	2e-07	6e-07				128000	128000
vertex_ai/deep-research-pro-preview-12-2025	vertex_ai-language-models	2e-06	1.2e-05	2e-07			65536	32768
vertex_ai/deepseek-ai/deepseek-r1-0528-maas	vertex_ai-deepseek_models	1.35e-06	5.4e-06				65336	8192
vertex_ai/deepseek-ai/deepseek-v3.1-maas	vertex_ai-deepseek_models	6e-07	1.7e-06	6e-08			163840	32768
vertex_ai/deepseek-ai/deepseek-v3.2-maas	vertex_ai-deepseek_models	5.6e-07	1.68e-06	5.6e-08			163840	32768
vertex_ai/deepseek-ai/deepseek-v4.1-flash-maas	vertex_ai-deepseek_models	3e-07	1.2e-06	3e-08			1048576	1048576
vertex_ai/gemini-2.0-flash	vertex_ai	1.5e-07	6e-07					
vertex_ai/gemini-2.0-flash-lite	vertex_ai	7.5e-08	3e-07					
vertex_ai/gemini-3-flash-preview	vertex_ai	5e-07	3e-06	5e-08			1048576	65535
vertex_ai/gemini-3-pro-preview	vertex_ai	2e-06	1.2e-05	2e-07			1048576	65535
vertex_ai/gemini-3.1-flash-lite	vertex_ai-language-models	2.5e-07	1.5e-06	2.5e-08		1.5e-06	1048576	65536
vertex_ai/gemini-3.1-flash-lite-preview	vertex_ai-language-models	2.5e-07	1.5e-06	2.5e-08		1.5e-06	1048576	65536
vertex_ai/gemini-3.1-pro-preview	vertex_ai	2e-06	1.2e-05	2e-07			1048576	65536
vertex_ai/gemini-3.1-pro-preview-customtools	vertex_ai	2e-06	1.2e-05	2e-07			1048576	65536
vertex_ai/gemini-3.5-flash	vertex_ai	1.5e-06	9e-06	1.5e-07		9e-06	1048576	65535
vertex_ai/gemini-3.5-flash-lite	vertex_ai-language-models	3e-07	2.5e-06	3e-08		2.5e-06	1048576	65536
vertex_ai/gemini-3.6-flash	vertex_ai	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
vertex_ai/gemini-3.7-flash	vertex_ai	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
vertex_ai/gemini-3.8-flash	vertex_ai	7.5e-07	3.75e-06	7.5e-08		3.75e-06	1048576	65536
vertex_ai/gemini-3.8-flash-cyber	vertex_ai	1.5e-06	7.5e-06	1.5e-07		7.5e-06	1048576	65536
vertex_ai/gemini-4-argon	vertex_ai	2e-06	1e-05	1e-07		1e-05	1048576	1048576
vertex_ai/gemini-4-argon-cyber-permissive	vertex_ai	4e-06	2e-05	2e-07		2e-05	1048576	1048576
vertex_ai/gemini-embedding-2	vertex_ai	2e-07	0				8192	
vertex_ai/gemini-embedding-2-preview	vertex_ai	2e-07	0				8192	
vertex_ai/gemini-omni-1.1-flash	vertex_ai	1.5e-06	9e-06			9e-06		
vertex_ai/gemini-omni-1.1-flash-preview	vertex_ai	1.5e-06	9e-06			9e-06	57920	57920
vertex_ai/gemini-robotics-er-2-preview	vertex_ai	1e-06	5e-06	1e-07		5e-06	131072	65536
vertex_ai/gemma-4-26b-a4b-it	vertex_ai	1.5e-07	6e-07	1.5e-08				
vertex_ai/google/gemma-4-26b-a4b-it-maas	vertex_ai-openai_models	1.5e-07	6e-07	1.5e-08			262144	128000
vertex_ai/jamba-1.5	vertex_ai-ai21_models	2e-07	4e-07				256000	256000
vertex_ai/jamba-1.5-large	vertex_ai-ai21_models	2e-06	8e-06				256000	256000
vertex_ai/jamba-1.5-large@001	vertex_ai-ai21_models	2e-06	8e-06				256000	256000
vertex_ai/jamba-1.5-mini	vertex_ai-ai21_models	2e-07	4e-07				256000	256000
vertex_ai/jamba-1.5-mini@001	vertex_ai-ai21_models	2e-07	4e-07				256000	256000
vertex_ai/meta/llama-3.1-405b-instruct-maas	vertex_ai-llama_models	5e-06	1.6e-05				128000	2048
vertex_ai/meta/llama-3.1-70b-instruct-maas	vertex_ai-llama_models	0.0	0.0				128000	2048
vertex_ai/meta/llama-3.1-8b-instruct-maas	vertex_ai-llama_models	0.0	0.0				128000	2048
vertex_ai/meta/llama-3.2-90b-vision-instruct-maas	vertex_ai-llama_models	0.0	0.0				128000	2048
vertex_ai/meta/llama-3.3-70b-instruct-maas	vertex_ai-llama_models	7.2e-07	7.2e-07				128000	8192
vertex_ai/meta/llama-4-maverick-17b-128e-instruct-maas	vertex_ai-llama_models	3.5e-07	1.15e-06				1000000	1000000
vertex_ai/meta/llama-4-maverick-17b-16e-instruct-maas	vertex_ai-llama_models	3.5e-07	1.15e-06				1000000	1000000
vertex_ai/meta/llama-4-scout-17b-128e-instruct-maas	vertex_ai-llama_models	2.5e-07	7e-07				10000000	10000000
vertex_ai/meta/llama-4-scout-17b-16e-instruct-maas	vertex_ai-llama_models	2.5e-07	7e-07				10000000	10000000
vertex_ai/meta/llama3-405b-instruct-maas	vertex_ai-llama_models	0.0	0.0				32000	32000
vertex_ai/meta/llama3-70b-instruct-maas	vertex_ai-llama_models	0.0	0.0				32000	32000
vertex_ai/meta/llama3-8b-instruct-maas	vertex_ai-llama_models	0.0	0.0				32000	32000
vertex_ai/minimaxai/minimax-m2-maas	vertex_ai-minimax_models	3e-07	1.2e-06	3e-08			196608	196608
vertex_ai/mistral-large-2411	vertex_ai-mistral_models	2e-06	6e-06				128000	8191
vertex_ai/mistral-large@2407	vertex_ai-mistral_models	2e-06	6e-06				128000	8191
vertex_ai/mistral-large@2411-001	vertex_ai-mistral_models	2e-06	6e-06				128000	8191
vertex_ai/mistral-large@latest	vertex_ai-mistral_models	2e-06	6e-06				128000	8191
vertex_ai/mistral-medium-3	vertex_ai-mistral_models	4e-07	2e-06				128000	8191
vertex_ai/mistral-medium-3@001	vertex_ai-mistral_models	4e-07	2e-06				128000	8191
vertex_ai/mistral-nemo@2407	vertex_ai-mistral_models	3e-06	3e-06				128000	128000
vertex_ai/mistral-nemo@latest	vertex_ai-mistral_models	1.5e-07	1.5e-07				128000	128000
vertex_ai/mistral-small-2503	vertex_ai-mistral_models	1e-07	3e-07				128000	128000
vertex_ai/mistral-small-2503@001	vertex_ai-mistral_models	1e-07	3e-07				32000	8191
vertex_ai/mistralai/codestral-2	vertex_ai-mistral_models	3e-07	9e-07				128000	128000
vertex_ai/mistralai/codestral-2@001	vertex_ai-mistral_models	3e-07	9e-07				128000	128000
vertex_ai/mistralai/mistral-medium-3	vertex_ai-mistral_models	4e-07	2e-06				128000	8191
vertex_ai/mistralai/mistral-medium-3@001	vertex_ai-mistral_models	4e-07	2e-06				128000	8191
vertex_ai/moonshotai/kimi-k2-thinking-maas	vertex_ai-moonshot_models	6e-07	2.5e-06	6e-08			256000	256000
vertex_ai/openai/gpt-oss-120b-maas	vertex_ai-openai_models	9e-08	3.6e-07				131072	32768
vertex_ai/openai/gpt-oss-20b-maas	vertex_ai-openai_models	7e-08	2.5e-07	7e-09			131072	32768
vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas	vertex_ai-qwen_models	2.2e-07	8.8e-07				262144	16384
vertex_ai/qwen/qwen3-coder-480b-a35b-instruct-maas	vertex_ai-qwen_models	2.2e-07	1.8e-06	2.2e-08			262144	32768
vertex_ai/qwen/qwen3-next-80b-a3b-instruct-maas	vertex_ai-qwen_models	1.5e-07	1.2e-06				262144	262144
vertex_ai/qwen/qwen3-next-80b-a3b-thinking-maas	vertex_ai-qwen_models	1.5e-07	1.2e-06				262144	262144
vertex_ai/xai/grok-4.1-fast-non-reasoning	vertex_ai	2e-07	5e-07	5e-08			128000	128000
vertex_ai/xai/grok-4.1-fast-reasoning	vertex_ai	2e-07	5e-07	5e-08			128000	128000
vertex_ai/xai/grok-4.20-non-reasoning	vertex_ai	1.25e-06	2.5e-06	2e-07			2000000	2000000
vertex_ai/xai/grok-4.20-reasoning	vertex_ai	1.25e-06	2.5e-06	2e-07			2000000	2000000
vertex_ai/xai/grok-4.3	vertex_ai	1.25e-06	2.5e-06	2e-07			200000	200000
vertex_ai/xai/grok-4.6	vertex_ai	2e-06	6e-06	5e-07			524288	524288
vertex_ai/xai/grok-4.7	vertex_ai	2e-06	6e-06	5e-07			524288	524288
vertex_ai/zai-org/glm-4.7-maas	vertex_ai-zai_models	6e-07	2.2e-06	6e-08			200000	128000
vertex_ai/zai-org/glm-5-maas	vertex_ai-zai_models	1e-06	3.2e-06	1e-07			200000	128000
vertex_ai/zai-org/glm-5.2-maas	vertex_ai-zai_models	1.4e-06	4.4e-06	1.4e-07			1000000	64000
volcengine/doubao-seed-2-1-lite-260915	volcengine	1.15e-07	3.88126e-07	2.3e-08			1024000	256000
volcengine/doubao-seed-2-1-pro-260628	volcengine	8.625e-07	4.3125e-06	1.725e-07			256000	256000
volcengine/doubao-seed-2-1-pro-260915	volcengine	8.625e-07	4.3125e-06	1.725e-07			1024000	256000
volcengine/doubao-seed-2-1-turbo-260628	volcengine	4.3125e-07	2.15625e-06	8.625e-08			256000	256000
voyage/voyage-2	voyage	1e-07	0.0				4000	
voyage/voyage-3	voyage	6e-08	0.0				32000	
voyage/voyage-3-large	voyage	1.8e-07	0.0				32000	
voyage/voyage-3-lite	voyage	2e-08	0.0				32000	
voyage/voyage-3.5	voyage	6e-08	0.0				32000	
voyage/voyage-3.5-lite	voyage	2e-08	0.0				32000	
voyage/voyage-4	voyage	6e-08	0.0				32000	
voyage/voyage-4-large	voyage	1.2e-07	0.0				32000	
voyage/voyage-4-lite	voyage	2e-08	0.0				32000	
voyage/voyage-code-2	voyage	1.2e-07	0.0				16000	
voyage/voyage-code-3	voyage	1.8e-07	0.0				32000	
voyage/voyage-code-4	voyage	1.2e-07	0.0				32000	
voyage/voyage-context-3	voyage	1.8e-07	0.0				120000	
voyage/voyage-context-4	voyage	1.2e-07	0.0				120000	
voyage/voyage-finance-2	voyage	1.2e-07	0.0				32000	
voyage/voyage-large-2	voyage	1.2e-07	0.0				16000	
voyage/voyage-large-2-instruct	voyage	1.2e-07	0.0				16000	
voyage/voyage-law-2	voyage	1.2e-07	0.0				16000	
voyage/voyage-lite-01	voyage	1e-07	0.0				4096	
voyage/voyage-lite-02-instruct	voyage	1e-07	0.0				4000	
voyage/voyage-multilingual-2	voyage	1.2e-07	0.0				32000	
voyage/voyage-multimodal-3	voyage	1.2e-07	0.0				32000	
voyage/voyage-multimodal-3.5	voyage	1.2e-07	0.0				32000	
wandb/JetBrains/Mellum2-12B-A2.5B-Instruct	wandb	5e-08	1e-07				131000	131072
wandb/MiniMaxAI/MiniMax-M3	wandb	2.3e-07	9.6e-07	5e-08			262000	262144
wandb/OpenPipe/Qwen3-14B-Instruct	wandb	5e-08	2.2e-07				32800	32768
wandb/Qwen/Qwen3-30B-A3B-Instruct-2507	wandb	1e-07	3e-07				262000	262144
wandb/Qwen/Qwen3.5-35B-A3B	wandb	2.5e-07	1.25e-06				262000	262144
wandb/Qwen/Qwen3.6-27B	wandb	6e-07	3.6e-06	1.2e-07			262000	262144
wandb/Qwen/Qwen3.6-35B-A3B	wandb	2.5e-07	1.25e-06				262000	262144
wandb/Qwen/Qwen3.8-27B	wandb	4e-07	3e-06	1.5e-07			262000	262144
wandb/deepseek-ai/DeepSeek-V3.1	wandb	5.5e-07	1.65e-06				128000	128000
wandb/deepseek-ai/DeepSeek-V4-Flash	wandb	1.4e-07	2.8e-07	7e-08			1049000	1048576
wandb/deepseek-ai/DeepSeek-V4-Flash-0731	wandb	1.3e-07	2.8e-07	7e-08			262000	262144
wandb/deepseek-ai/DeepSeek-V4-Pro	wandb	1.15e-06	2.55e-06	2e-07			1049000	1048576
wandb/deepseek-ai/DeepSeek-V4-Pro-0813	wandb	1.31e-06	3.96e-06	4.4e-08			1049000	
wandb/deepseek-ai/DeepSeek-V4.1-Flash	wandb	2e-07	6.5e-07	3e-08			1049000	1048576
wandb/google/gemma-4-26B-A4B-it	wandb	1e-07	3e-07	5e-08			262000	262144
wandb/google/gemma-4-31B-it	wandb	1e-07	3.4e-07				262000	262144
wandb/ibm-granite/granite-4.1-8b	wandb	5e-08	1e-07				131000	131072
wandb/ibm-granite/granite-4.2-8b	wandb	1e-07	1.5e-07	5e-08			131000	
wandb/meta-llama/Llama-3.1-70B-Instruct	wandb	8e-07	8e-07				131000	128000
wandb/meta-llama/Llama-3.1-8B-Instruct	wandb	2.2e-07	2.2e-07				128000	128000
wandb/meta-llama/Llama-3.3-70B-Instruct	wandb	7.1e-07	7.1e-07				128000	128000
wandb/moonshotai/Kimi-K2.5	wandb	6e-07	3e-06	1e-07			262144	262144
wandb/moonshotai/Kimi-K2.6	wandb	6.5e-07	3.41e-06	1.5e-07			262000	262144
wandb/moonshotai/Kimi-K2.7-Code	wandb	7.1e-07	3.5e-06	1.5e-07			262000	262144
wandb/nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B	wandb	5e-07	2.15e-06	1e-07			262000	262144
wandb/nvidia/NVIDIA-Nemotron-3.5-Lightning-30B-A3B	wandb	7e-08	2e-07	4e-08			262000	262144
wandb/nvidia/NVIDIA-Nemotron-3.5-Super-VL-120B-A12B	wandb	2.5e-07	1.5e-06	5e-08			1049000	943718
wandb/openai/gpt-oss-120b	wandb	3e-08	1.7e-07				131000	131072
wandb/openai/gpt-oss-20b	wandb	3e-08	1.3e-07				131000	131072
wandb/reflection/Beam-1.0-501B-A23B	wandb	1e-06	3e-06	1e-07			1049000	
wandb/zai-org/GLM-5.2	wandb	7.6e-07	2.42e-06	1.4e-07			262000	262144
wandb/zai-org/GLM-5.3	wandb	1.2e-06	4e-06	1.9e-07			1049000	
wandb/zai-org/GLM-5.3-Flash	wandb	1.5e-07	5e-07	5e-08			1049000	
watsonx/bigscience/mt0-xxl	watsonx	1.908e-06	1.908e-06				4096	4096
watsonx/bigscience/mt0-xxl-13b	watsonx	1.908e-06	1.908e-06				4096	4096
watsonx/core42/jais-13b-chat	watsonx	0.0005	0.002				8192	8192
watsonx/google/flan-t5-xl-3b	watsonx	6e-07	6e-07				8192	8192
watsonx/ibm/granite-13b-chat-v2	watsonx	6e-07	6e-07				8192	8192
watsonx/ibm/granite-13b-instruct-v2	watsonx	6e-07	6e-07				8192	8192
watsonx/ibm/granite-3-3-8b-instruct	watsonx	2e-07	2e-07				8192	8192
watsonx/ibm/granite-3-8b-instruct	watsonx	2e-07	2e-07				8192	1024
watsonx/ibm/granite-4-h-small	watsonx	6.36e-08	2.65e-07				131072	131072
watsonx/ibm/granite-guardian-3-2-2b	watsonx	1e-07	1e-07				8192	8192
watsonx/ibm/granite-guardian-3-3-8b	watsonx	2e-07	2e-07				8192	8192
watsonx/ibm/granite-ttm-1024-96-r2	watsonx	3.8e-07	3.8e-07				512	512
watsonx/ibm/granite-ttm-1536-96-r2	watsonx	3.8e-07	3.8e-07				512	512
watsonx/ibm/granite-ttm-512-96-r2	watsonx	3.8e-07	3.8e-07				512	512
watsonx/ibm/granite-vision-3-2-2b	watsonx	1e-07	1e-07				8192	8192
watsonx/meta-llama/llama-3-2-11b-vision-instruct	watsonx	3.5e-07	3.5e-07				128000	128000
watsonx/meta-llama/llama-3-2-1b-instruct	watsonx	1e-07	1e-07				128000	128000
watsonx/meta-llama/llama-3-2-3b-instruct	watsonx	1.5e-07	1.5e-07				128000	128000
watsonx/meta-llama/llama-3-2-90b-vision-instruct	watsonx	2e-06	2e-06				128000	128000
watsonx/meta-llama/llama-3-3-70b-instruct	watsonx	7.526e-07	7.526e-07				131072	131072
watsonx/meta-llama/llama-4-maverick-17b	watsonx	3.71e-07	1.484e-06				131072	8192
watsonx/meta-llama/llama-4-maverick-17b-128e-instruct-fp8	watsonx	3.71e-07	1.484e-06				131072	8192
watsonx/meta-llama/llama-guard-3-11b-vision	watsonx	3.5e-07	3.5e-07				128000	128000
watsonx/mistralai/mistral-large	watsonx	3e-06	1e-05				131072	16384
watsonx/mistralai/mistral-medium-2505	watsonx	3e-06	1e-05				128000	128000
watsonx/mistralai/mistral-small-2503	watsonx	1e-07	3e-07				32000	32000
watsonx/mistralai/mistral-small-3-1-24b-instruct-2503	watsonx	1.06e-07	3.18e-07				131072	16384
watsonx/mistralai/pixtral-12b-2409	watsonx	3.5e-07	3.5e-07				128000	128000
watsonx/openai/gpt-oss-120b	watsonx	1.59e-07	6.36e-07				131072	131072
watsonx/sdaia/allam-1-13b-instruct	watsonx	1.8e-06	1.8e-06				8192	8192
writer.palmyra-vision-7b	bedrock_converse	1.5e-07	6e-07				4096	4096
writer.palmyra-x4-v1:0	bedrock_converse	2.5e-06	1e-05				128000	8192
writer.palmyra-x5-v1:0	bedrock_converse	6e-07	6e-06				128000	8192
xai/grok-4.20	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-0309	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-0309-non-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-0309-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-0309	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-0309-non-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-0309-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-latest-non-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-latest-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-non-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-beta-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-experimental-beta-0304	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-experimental-beta-0304-non-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-experimental-beta-0304-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-experimental-beta-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-experimental-beta-non-reasoning-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-experimental-beta-reasoning-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent-0309	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent-beta-0309	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent-beta-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent-experimental-beta-0304	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent-experimental-beta-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-multi-agent-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-non-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-non-reasoning-gv2	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-non-reasoning-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-reasoning	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-reasoning-gv2	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.20-reasoning-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.3	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.3-latest	xai	1.25e-06	2.5e-06	2e-07			1000000	1000000
xai/grok-4.5	xai	2e-06	6e-06	3e-07			500000	500000
xai/grok-4.5-latest	xai	2e-06	6e-06	3e-07			500000	500000
xai/grok-4.6	xai	2e-06	6e-06	5e-07			500000	500000
xai/grok-4.7	xai	2e-06	6e-06	5e-07			500000	500000
xai/grok-build-0.1	xai	1e-06	2e-06	2e-07			256000	256000
xai/grok-build-latest	xai	2e-06	6e-06	3e-07			500000	500000
xai/grok-code-fast	xai	1e-06	2e-06	2e-07			256000	256000
xai/grok-code-fast-1	xai	1e-06	2e-06	2e-07			256000	256000
xai/grok-code-fast-1-0825	xai	1e-06	2e-06	2e-07			256000	256000
xiaomi_mimo/mimo-v2.6-flash	xiaomi_mimo	1.4e-07	2.8e-07	2.8e-09			1048576	131072
xiaomi_mimo/mimo-v2.6-pro	xiaomi_mimo	4.35e-07	8.7e-07	3.6e-09			1048576	131072
zai.glm-4.7	bedrock_converse	6e-07	2.2e-06				203000	128000
zai.glm-4.7-flash	bedrock_converse	7e-08	4e-07				203000	128000
zai.glm-5	bedrock_converse	1e-06	3.2e-06				200000	128000
zai/glm-4-32b-0414-128k	zai	1e-07	1e-07				128000	32000
zai/glm-4.5	zai	6e-07	2.2e-06				128000	32000
zai/glm-4.5-air	zai	2e-07	1.1e-06				128000	32000
zai/glm-4.5-airx	zai	1.1e-06	4.5e-06				128000	32000
zai/glm-4.5-flash	zai	0	0				128000	32000
zai/glm-4.5-x	zai	2.2e-06	8.9e-06				128000	32000
zai/glm-4.5v	zai	6e-07	1.8e-06				128000	32000
zai/glm-4.6	zai	6e-07	2.2e-06	1.1e-07	0		200000	128000
zai/glm-4.7	zai	6e-07	2.2e-06	1.1e-07	0		200000	128000
zai/glm-4.7-flash	zai	0	0	0	0		200000	128000
zai/glm-5	zai	1e-06	3.2e-06	2e-07	0		200000	128000
zai/glm-5-code	zai	1.2e-06	5e-06	3e-07	0		200000	128000
zai/glm-5.1	zai	1.4e-06	4.4e-06	2.6e-07	0		200000	128000
zai/glm-5.2	zai	1.4e-06	4.4e-06	2.6e-07	0		1000000	128000
zai/glm-5.3	zai	1.4e-06	4.4e-06	2.6e-07	0		1000000	128000
zai/glm-5.3-flash	zai	1.5e-07	5e-07	3e-08	0		1048576	128000
zai/glm-5v-turbo	zai	1.2e-06	4e-06	2.4e-07			200000	128000
zerogpu/LFM2.5-1.2B-Instruct	zerogpu	2e-08	5e-08				32768	8192
zerogpu/LFM2.5-1.2B-Thinking	zerogpu	2e-08	5e-08				32768	8192
zerogpu/deepseek-v4.1-flash	zerogpu	3e-07	1.2e-06	3e-09			1048576	65536
zerogpu/glm-5.3-flash	zerogpu	1e-07	3.5e-07	1.5e-08			1048576	32768
zerogpu/gpt-4.1-mini	zerogpu	4e-07	1.6e-06	1e-07			1047576	32768
zerogpu/gpt-5.4-nano	zerogpu	2e-07	1.25e-06	2e-08			272000	128000
zerogpu/gpt-5.6-luna	zerogpu	2e-07	1.2e-06	2e-07			272000	128000
zerogpu/gpt-6-luna	zerogpu	1e-07	5e-07	1e-08			272000	128000
zerogpu/gpt-oss-120b	zerogpu	1.5e-07	6e-07	3e-08			128000	32768
zerogpu/llama-3.1-8b-instruct-fast	zerogpu	1.5e-07	2.8e-07	2.5e-08			131072	8192
zerogpu/llama-3.2-3b-instruct-fast	zerogpu	5e-08	3e-07	2.5e-08			131072	8192
zerogpu/qwen3-30b-a3b-fp8	zerogpu	1e-07	4.5e-07	5e-08			32768	16384
zerogpu/qwen3.6-35b-a3b	zerogpu	2e-07	1.5e-06	2e-07			262144	16384
"""#
}
