"""The answering stage: what a question asks (intents), the evidence for it or the decision to
abstain, the composed answer with citations, the LangChain chain, and the optional LLM writer."""
