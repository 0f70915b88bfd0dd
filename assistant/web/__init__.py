"""The web surface: the Gradio app (`app`), its rendering (`render`) and the 企业政策匹配 tab."""
